"""Annotation helper: print the sentence units of a gold document part, one per line.

Used only to make hand annotation easier (the annotator reads the units and writes the
.ann file by hand); it knows nothing about modality, actors or constraints.
Usage: python corpora/requirements/draft_units.py corpora/real/seeds/003_....txt ["from A to B"]
"""
import re
import sys

path = sys.argv[1]
with open(path, encoding="utf-8") as fh:
    text = fh.read()
if len(sys.argv) > 2 and sys.argv[2] != "all":
    m = re.match(r"from (.+) to (.+)", sys.argv[2])
    a = text.index(m.group(1))
    b = text.index(m.group(2), a)
    text = text[a:b]
for i, u in enumerate(re.findall(r"[^。！？；;\n]+[。！？；;]?", text)):
    u = u.strip()
    if u:
        print(f"{i}\t{u}")
