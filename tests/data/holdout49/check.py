"""Self-check for holdout49: evidence verbatim (whitespace-normalised), actors are keys of the merged alias
files, roles, fields and types, dates, word counts (news 300-450, briefs 120-200), sidecars."""
import json, re, os, sys, glob
H = os.path.dirname(os.path.abspath(__file__))
DATA = "/work/main/tests/data"
BRIEFS = {"3805", "3807", "3812", "3819"}
norm = lambda s: re.sub(r"\s+", " ", s).strip()
al = {}
for p in [os.path.join(DATA, "corpus_aliases.json")] + sorted(glob.glob(os.path.join(DATA, "holdout*/extra_aliases.json"))) + [os.path.join(H, "extra_aliases.json")]:
    for k, v in json.load(open(p)).items():
        assert isinstance(v, list), p
        al.setdefault(k, []).extend(v)
bad = 0; files = set()
FIELDS = ("file", "place", "lat", "lon", "tol_km", "actor_canonical", "role", "required", "detail", "evidence")
for i, l in enumerate(open(os.path.join(H, "gold.jsonl"))):
    d = json.loads(l); files.add(d.get("file"))
    for k in FIELDS:
        if k not in d: print("FIELD", i, k); bad += 1
    extra = set(d) - set(FIELDS) - {"date", "historical"}
    if extra: print("EXTRA", i, extra); bad += 1
    p = os.path.join(H, "reports", d["file"])
    if not os.path.exists(p): print("FILE", i, d["file"]); bad += 1; continue
    if norm(d["evidence"]) not in norm(open(p).read()): print("EVIDENCE", i, d["file"], d["evidence"]); bad += 1
    if d["actor_canonical"] not in al: print("ACTOR", i, d["actor_canonical"]); bad += 1
    if d["role"] not in ("holds", "attacks", "lost"): print("ROLE", i, d["role"]); bad += 1
    if not isinstance(d["required"], bool): print("REQ", i); bad += 1
    if not (-90 <= d["lat"] <= 90 and -180 <= d["lon"] <= 180 and d["tol_km"] > 0): print("COORD", i); bad += 1
    if "date" in d:
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d["date"]): print("DATE", i, d["date"]); bad += 1
        if not isinstance(d.get("historical"), bool): print("HIST", i); bad += 1
nreq = {}
for l in open(os.path.join(H, "gold.jsonl")):
    d = json.loads(l); nreq[d["file"]] = nreq.get(d["file"], 0) + d["required"]
for fn in sorted(os.listdir(os.path.join(H, "reports"))):
    if not fn.endswith(".txt"): continue
    w = len(open(os.path.join(H, "reports", fn)).read().split())
    lo, hi = (120, 200) if fn[:4] in BRIEFS else (300, 450)
    if not lo <= w <= hi: print("WORDS", fn, w); bad += 1
    if fn not in files: print("NOGOLD", fn); bad += 1
    m = os.path.join(H, "reports", fn + ".meta.yaml")
    if not os.path.exists(m): print("META", fn); bad += 1
    else:
        t = open(m).read()
        if not re.search(r"^date: \d{4}-\d{2}-\d{2}$", t, re.M) or not re.search(r"^source: \S", t, re.M): print("METAFMT", fn); bad += 1
n = len(list(open(os.path.join(H, "gold.jsonl"))))
print(f"reports: {len([f for f in os.listdir(os.path.join(H,'reports')) if f.endswith('.txt')])}, claims: {n}, required: {sum(nreq.values())}")
print("problems:", bad); sys.exit(1 if bad else 0)
