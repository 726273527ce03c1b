import clsx from 'clsx';
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';

import styles from './styles.module.css';

/** The bar above a program: its title, and its buttons. */
export function Toolbar({ title, children }: { title: string; children?: ReactNode }): ReactNode {
  return (
    <div className={styles.toolbar}>
      <span className={styles.title}>{title}</span>
      {children && <div className={styles.buttons}>{children}</div>}
    </div>
  );
}

interface ToolbarButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  primary?: boolean;
  buttonRef?: Ref<HTMLButtonElement>;
}

export function ToolbarButton({ primary, buttonRef, className, ...button }: ToolbarButtonProps): ReactNode {
  return (
    <button
      ref={buttonRef}
      type="button"
      className={clsx('button button--sm', primary ? 'button--primary' : 'button--secondary', styles.button, className)}
      {...button}
    />
  );
}
