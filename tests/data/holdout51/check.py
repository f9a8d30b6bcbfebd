"""Self-check for holdout51: evidence verbatim (whitespace-normalised), actors keys of the merged alias files,
roles, fields, types, dates, word counts (300-450), sidecars, file numbering."""
import json, re, os, sys, glob
H=os.path.dirname(os.path.abspath(__file__))
D="/work/main/tests/data"
norm=lambda s: re.sub(r"\s+"," ",s).strip()
al={}
for p in [os.path.join(D,"corpus_aliases.json")]+sorted(glob.glob(os.path.join(D,"holdout*/extra_aliases.json")))+[os.path.join(H,"extra_aliases.json")]:
    for k,v in json.load(open(p)).items(): al.setdefault(k,[]).extend(v)
bad=0; files={}
FIELDS=("file","place","lat","lon","tol_km","actor_canonical","role","required","detail","evidence")
for i,l in enumerate(open(os.path.join(H,"gold.jsonl"))):
    d=json.loads(l)
    for k in FIELDS:
        if k not in d: print("FIELD",i,k); bad+=1
    files.setdefault(d["file"],[0,0]); files[d["file"]][0]+=1; files[d["file"]][1]+=bool(d["required"])
    t=norm(open(os.path.join(H,"reports",d["file"])).read())
    if norm(d["evidence"]) not in t: print("EVIDENCE",i,d["file"],d["evidence"]); bad+=1
    if d["actor_canonical"] not in al: print("ACTOR",i,d["actor_canonical"]); bad+=1
    if d["role"] not in ("holds","attacks","lost"): print("ROLE",i,d["role"]); bad+=1
    if not isinstance(d["required"],bool): print("REQ",i); bad+=1
    if not (-90<=d["lat"]<=90 and -180<=d["lon"]<=180 and d["tol_km"]>0): print("COORD",i); bad+=1
    if "date" in d and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?",d["date"]): print("DATE",i,d["date"]); bad+=1
    if "date" in d and "historical" not in d: print("HIST",i); bad+=1
rep=sorted(fn for fn in os.listdir(os.path.join(H,"reports")) if fn.endswith(".txt"))
if len(rep)!=20 or [fn[:4] for fn in rep]!=[str(n) for n in range(4001,4021)]: print("NUMBERING",rep); bad+=1
for fn in rep:
    w=len(open(os.path.join(H,"reports",fn)).read().split())
    if not 300<=w<=450: print("WORDS",fn,w); bad+=1
    if fn not in files: print("NOGOLD",fn); bad+=1
    m=os.path.join(H,"reports",fn+".meta.yaml")
    if not os.path.exists(m): print("META",fn); bad+=1
    else:
        s=open(m).read()
        if not re.search(r"^date: \d{4}-\d{2}-\d{2}$",s,re.M) or not re.search(r"^source: .+$",s,re.M): print("METAFMT",fn); bad+=1
for fn in rep: print(fn, len(open(os.path.join(H,"reports",fn)).read().split()), "words", files.get(fn))
print("problems:",bad); sys.exit(1 if bad else 0)
