import json, re, os, glob
here = os.path.dirname(os.path.abspath(__file__))
norm = lambda s: re.sub(r"\s+", " ", s).strip()
aliases = {}
for p in ["/work/main/tests/data/corpus_aliases.json", "/work/main/tests/data/holdout2/extra_aliases.json", os.path.join(here, "extra_aliases.json")]:
    for k, v in json.load(open(p)).items(): aliases.setdefault(k, []).extend(v)
errors = 0; n = 0; req = 0
files = set()
for line in open(os.path.join(here, "gold.jsonl")):
    r = json.loads(line); n += 1; req += r["required"]; files.add(r["file"])
    text = norm(open(os.path.join(here, "reports", r["file"])).read())
    if norm(r["evidence"]) not in text: print("EVIDENCE MISSING", r["file"], r["evidence"]); errors += 1
    if r["actor_canonical"] not in aliases: print("ACTOR", r["actor_canonical"]); errors += 1
    if r["role"] not in ("holds", "attacks", "lost"): print("ROLE", r); errors += 1
    for k in ("file","place","lat","lon","tol_km","actor_canonical","role","required","detail","evidence"):
        if k not in r: print("FIELD", k, r); errors += 1
# reports: word counts and metas
for p in sorted(glob.glob(os.path.join(here, "reports", "*.txt"))):
    w = len(open(p).read().split())
    if not (350 <= w <= 650): print("WORDS", p, w); errors += 1
    if not os.path.exists(p + ".meta.yaml"): print("META", p); errors += 1
    if os.path.basename(p) not in files: print("NO GOLD", p); errors += 1
print(n, "claims", req, "required", errors, "errors")
