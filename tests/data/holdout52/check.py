"""Self-check for holdout52: evidence verbatim (whitespace-normalised), actors are keys of the merged alias files,
roles, fields, word counts (300-450), sidecars, file names."""
import json, re, os, sys, glob
H=os.path.dirname(os.path.abspath(__file__))
D="/work/main/tests/data"
norm=lambda s: re.sub(r"\s+"," ",s).strip()
al={}
for p in [D+"/corpus_aliases.json"]+sorted(glob.glob(D+"/holdout*/extra_aliases.json"))+[os.path.join(H,"extra_aliases.json")]:
    for k,v in json.load(open(p)).items(): al.setdefault(k,[]).extend(v)
bad=0; files={}; req={}
FIELDS=("file","place","lat","lon","tol_km","actor_canonical","role","required","detail","evidence")
for i,l in enumerate(open(os.path.join(H,"gold.jsonl"))):
    d=json.loads(l)
    for k in FIELDS:
        if k not in d: print("FIELD",i,k); bad+=1
    files[d["file"]]=files.get(d["file"],0)+1; req[d["file"]]=req.get(d["file"],0)+int(d["required"])
    t=norm(open(os.path.join(H,"reports",d["file"])).read())
    if norm(d["evidence"]) not in t: print("EVIDENCE",i,d["file"],d["evidence"]); bad+=1
    if d["actor_canonical"] not in al: print("ACTOR",i,d["actor_canonical"]); bad+=1
    if d["role"] not in ("holds","attacks","lost"): print("ROLE",i); bad+=1
    if not isinstance(d["required"],bool): print("REQUIRED",i); bad+=1
    if not (-90<=d["lat"]<=90 and -180<=d["lon"]<=180 and d["tol_km"]>0): print("COORD",i); bad+=1
    if "historical" in d and "date" not in d: print("HIST",i); bad+=1
n=0
for fn in sorted(os.listdir(os.path.join(H,"reports"))):
    if fn.endswith(".txt"):
        n+=1
        if not re.match(r"^40(2[1-9]|3\d|40)_[a-z0-9-]+_[a-z0-9-]+\.txt$",fn): print("NAME",fn); bad+=1
        w=len(open(os.path.join(H,"reports",fn)).read().split())
        if not 300<=w<=450: print("WORDS",fn,w); bad+=1
        if fn not in files: print("NOGOLD",fn); bad+=1
        m=os.path.join(H,"reports",fn+".meta.yaml")
        if not os.path.exists(m): print("META",fn); bad+=1
        else:
            s=open(m).read()
            if not re.search(r"^date: \d{4}-\d\d-\d\d$",s,re.M) or not re.search(r"^source: \S",s,re.M): print("METAFMT",fn); bad+=1
        print(f"  {fn}: {w} words, {files.get(fn,0)} claims ({req.get(fn,0)} required)")
print("reports:",n,"claims:",sum(files.values()),"required:",sum(req.values()))
print("problems:",bad); sys.exit(1 if bad else 0)
