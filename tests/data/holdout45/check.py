"""Self-check of holdout45: evidence verbatim, actors known, roles, JSON, files, word counts."""
import json, re, os, glob
HERE = os.path.dirname(os.path.abspath(__file__))
norm = lambda t: re.sub(r"\s+", " ", t).strip()
A = {}
for p in ["/work/main/tests/data/corpus_aliases.json", "/work/main/tests/data/holdout2/extra_aliases.json",
          os.path.join(HERE, "extra_aliases.json")]:
    for k, v in json.load(open(p)).items():
        A.setdefault(k, []).extend(v)
errors = 0
gold = [json.loads(l) for l in open(os.path.join(HERE, "gold.jsonl"))]
fields = {"file","place","lat","lon","tol_km","actor_canonical","role","required","detail","evidence"}
reports = {os.path.basename(p): norm(open(p).read()) for p in glob.glob(os.path.join(HERE, "reports/*.txt"))}
for i, g in enumerate(gold):
    if not fields <= set(g): print("missing fields", i); errors += 1
    if g["file"] not in reports: print("no file", g["file"]); errors += 1; continue
    if g["evidence"] not in reports[g["file"]]: print("evidence not verbatim:", g["file"], g["evidence"]); errors += 1
    if g["actor_canonical"] not in A: print("unknown actor", g["actor_canonical"]); errors += 1
    if g["role"] not in ("holds","attacks","lost"): print("bad role", g); errors += 1
    if not isinstance(g["required"], bool): print("bad required", g); errors += 1
    if g["tol_km"] not in (30, 60, 100, 150, 200, 300): print("odd tol", g); errors += 1
for f, t in reports.items():
    n = len(t.split())
    if not 350 <= n <= 650: print("word count", f, n); errors += 1
    if not os.path.exists(os.path.join(HERE, "reports", f + ".meta.yaml")): print("no meta", f); errors += 1
    if not any(g["file"] == f for g in gold): print("no gold for", f); errors += 1
print(len(reports), "reports,", len(gold), "claims,", sum(g["required"] for g in gold), "required;", errors, "errors")
