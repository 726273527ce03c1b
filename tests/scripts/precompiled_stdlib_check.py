"""Run inside a Pyodide that loaded the precompiled standard library, with the runner's modules
importable: leaves a JSON report in `report` (see precompileStdlib.test.ts)."""

import importlib.util
import json
import marshal
import sys
import traceback
import zipfile

import examples_driver  # noqa: F401  (the runner's modules: what they import must be precompiled)
import examples_timeline  # noqa: F401

archive = next(p for p in sys.path if p.endswith(".zip"))
# Modules that zipimport compiled from their source (frozen and built-in ones are not in the zip).
from_source = sorted(
    m.__name__
    for m in list(sys.modules.values())
    if type(getattr(m, "__loader__", None)).__name__ == "zipimporter" and m.__file__.endswith(".py")
)
problems = []
with zipfile.ZipFile(archive) as z:
    names = set(z.namelist())
    pycs = sorted(n for n in names if n.endswith(".pyc"))
    for name in pycs:
        pyc = z.read(name)
        source = z.read(name[:-1])
        if pyc[:4] != importlib.util.MAGIC_NUMBER:
            problems.append(name + ": magic")
        if int.from_bytes(pyc[4:8], "little") != 0b01:
            problems.append(name + ": not unchecked hash-based")
        if pyc[8:16] != importlib.util.source_hash(source):
            problems.append(name + ": source hash")
        if marshal.loads(pyc[16:]).co_filename != archive + "/" + name[:-1]:
            problems.append(name + ": file name")
try:
    json.loads("{")
except ValueError as e:
    shown = "".join(traceback.format_exception(e))
report = json.dumps({"pycs": len(pycs), "problems": problems, "fromSource": from_source, "traceback": shown})
