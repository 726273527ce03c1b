"""Adds bytecode to Pyodide's python_stdlib.zip (see precompile-stdlib.mjs, which runs it)."""

import importlib
import importlib.util
import io
import sys
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc


def precompile(modules, packages, output):
    """Writes the zip to the path output; returns how many modules it compiled."""
    archive = next(p for p in sys.path if p.endswith(".zip"))
    prefix = archive + "/"
    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    wanted = set()
    for module in list(sys.modules.values()):
        path = getattr(module, "__file__", None) or ""
        if path.startswith(prefix) and path.endswith(".py"):
            wanted.add(path[len(prefix) :])
    whole = tuple(p + "/" for p in packages)
    out = io.BytesIO()
    count = 0
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        names = set(source.namelist())
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, data)
            name = info.filename
            if not name.endswith(".py") or name + "c" in names:
                continue
            if name in wanted or name.startswith(whole):
                # As zipimport compiles a source: same file name, same flags.
                code = compile(data, prefix + name, "exec", dont_inherit=True)
                pyc = _code_to_hash_pyc(code, importlib.util.source_hash(data), checked=False)
                target.writestr(zipfile.ZipInfo(name + "c", info.date_time), bytes(pyc), zipfile.ZIP_DEFLATED)
                count += 1
    with open(output, "wb") as f:
        f.write(out.getvalue())
    return count
