import { useCallback, useEffect, useRef, useState } from 'react';
import { useHistory, useLocation } from '@docusaurus/router';

const QUERY_PARAM = 'q';
const URL_UPDATE_DELAY_MS = 250;

function readQuery(search: string): string {
  return new URLSearchParams(search).get(QUERY_PARAM) ?? '';
}

export type SetQuery = (next: string, options?: { hash?: string }) => void;

/**
 * The filter text, mirrored in `?q=` so a filtered view can be shared. The server renders the
 * unfiltered list; the query is read after hydration, and again on back/forward navigation.
 * Docusaurus re-renders routes asynchronously, so the input keeps its own state rather than
 * following the router's location.
 */
export function useQueryInUrl(): [string, SetQuery] {
  const history = useHistory();
  const location = useLocation();
  const [query, setQueryState] = useState('');
  const pendingUrlUpdate = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    setQueryState(readQuery(window.location.search));
    // Back and forward restore the query of that entry. A POP that keeps the address's query is
    // an in-page anchor (a name in the match list): the typed query may not be in the address yet,
    // so reading it back would clear the filter under the reader.
    let addressSearch = window.location.search;
    return history.listen((next, action) => {
      if (action === 'POP' && next.search !== addressSearch) {
        // Back or forward wins over an address update still waiting for the typing to pause.
        clearTimeout(pendingUrlUpdate.current);
        setQueryState(readQuery(next.search));
      }
      addressSearch = next.search;
    });
  }, [history]);

  useEffect(() => () => clearTimeout(pendingUrlUpdate.current), []);

  const setQuery = useCallback<SetQuery>(
    (next, options) => {
      setQueryState(next);
      clearTimeout(pendingUrlUpdate.current);
      const search = next ? `?${new URLSearchParams({ [QUERY_PARAM]: next }).toString()}` : '';
      if (options?.hash !== undefined) {
        history.push({ pathname: location.pathname, search, hash: options.hash });
        return;
      }
      // Each router update re-renders the whole route, so the address follows typing after a pause.
      pendingUrlUpdate.current = setTimeout(
        () => history.replace({ pathname: location.pathname, search, hash: window.location.hash }),
        URL_UPDATE_DELAY_MS,
      );
    },
    [history, location.pathname],
  );
  return [query, setQuery];
}
