"""Self-check: evidence verbatim, actors known, roles valid, JSON valid, word counts."""
import json, re, os, sys
H=os.path.dirname(os.path.abspath(__file__))
norm=lambda s: re.sub(r"\s+"," ",s).strip()
al={}
for p in ["/work/main/tests/data/corpus_aliases.json","/work/main/tests/data/holdout2/extra_aliases.json",os.path.join(H,"extra_aliases.json")]:
    for k,v in json.load(open(p)).items(): al.setdefault(k,[]).extend(v)
bad=0; files=set()
for i,l in enumerate(open(os.path.join(H,"gold.jsonl"))):
    d=json.loads(l); files.add(d["file"])
    t=norm(open(os.path.join(H,"reports",d["file"])).read())
    if norm(d["evidence"]) not in t: print("EVIDENCE",i,d["file"],d["evidence"]); bad+=1
    if d["actor_canonical"] not in al: print("ACTOR",i,d["actor_canonical"]); bad+=1
    if d["role"] not in ("holds","attacks","lost"): print("ROLE",i); bad+=1
    for k in ("file","place","lat","lon","tol_km","actor_canonical","role","required","detail","evidence"):
        if k not in d: print("FIELD",i,k); bad+=1
for fn in sorted(os.listdir(os.path.join(H,"reports"))):
    if fn.endswith(".txt"):
        w=len(open(os.path.join(H,"reports",fn)).read().split())
        if not 200<=w<=650: print("WORDS",fn,w); bad+=1
        if fn not in files: print("NOGOLD",fn)
        if not os.path.exists(os.path.join(H,"reports",fn+".meta.yaml")): print("META",fn); bad+=1
print("problems:",bad); sys.exit(1 if bad else 0)
