"""Self-check for holdout54: evidence verbatim (after whitespace normalisation), every actor a key of the
merged alias files (corpus_aliases.json + every tests/data/holdout*/extra_aliases.json + ours), roles,
fields and types, dates/historical, coordinates, word counts (300-450), sidecars, numbering."""
import json, re, os, sys, glob
H = os.path.dirname(os.path.abspath(__file__))
D = "/work/main/tests/data"
norm = lambda s: re.sub(r"\s+", " ", s).strip()
al = {}
for p in [os.path.join(D, "corpus_aliases.json")] + sorted(glob.glob(os.path.join(D, "holdout*/extra_aliases.json"))) + [os.path.join(H, "extra_aliases.json")]:
    for k, v in json.load(open(p)).items():
        assert isinstance(v, list), p
        al.setdefault(k, []).extend(v)
bad = 0
def prob(*a):
    global bad; print(*a); bad += 1
rep = os.path.join(H, "reports")
txts = sorted(f for f in os.listdir(rep) if f.endswith(".txt"))
if len(txts) != 20: prob("COUNT", len(txts))
for i, fn in enumerate(txts):
    if not fn.startswith(str(4061 + i) + "_"): prob("NUMBER", fn)
    if not re.match(r"^\d{4}_[a-z]+_[a-z0-9_]+\.txt$", fn): prob("NAME", fn)
    w = len(open(os.path.join(rep, fn)).read().split())
    if not 300 <= w <= 450: prob("WORDS", fn, w)
    m = os.path.join(rep, fn + ".meta.yaml")
    if not os.path.exists(m): prob("META", fn); continue
    mt = open(m).read()
    if not re.search(r"^date: \d{4}-\d\d-\d\d$", mt, re.M) or not re.search(r"^source: \S", mt, re.M): prob("METAFMT", fn)
files = {}
req = 0; n = 0
KEYS = ("file", "place", "lat", "lon", "tol_km", "actor_canonical", "role", "required", "detail", "evidence")
for i, l in enumerate(open(os.path.join(H, "gold.jsonl"))):
    d = json.loads(l); n += 1
    for k in KEYS:
        if k not in d: prob("FIELD", i, k)
    extra = set(d) - set(KEYS) - {"date", "historical"}
    if extra: prob("EXTRA", i, extra)
    if d["file"] not in txts: prob("FILE", i, d["file"]); continue
    files[d["file"]] = files.get(d["file"], 0) + 1
    t = norm(open(os.path.join(rep, d["file"])).read())
    if norm(d["evidence"]) not in t: prob("EVIDENCE", i, d["file"], d["evidence"])
    if d["actor_canonical"] not in al: prob("ACTOR", i, d["actor_canonical"])
    if d["role"] not in ("holds", "attacks", "lost"): prob("ROLE", i, d["role"])
    if not isinstance(d["required"], bool): prob("REQTYPE", i)
    if not (-90 <= d["lat"] <= 90 and -180 <= d["lon"] <= 180): prob("COORD", i)
    if not (isinstance(d["tol_km"], (int, float)) and 0 < d["tol_km"] <= 300): prob("TOL", i)
    if "date" in d:
        if not re.match(r"^\d{4}(-\d\d(-\d\d)?)?$", d["date"]): prob("DATE", i, d["date"])
        if not isinstance(d.get("historical"), bool): prob("HIST", i)
    req += d["required"]
for fn in txts:
    if fn not in files: prob("NOGOLD", fn)
print(len(txts), "reports;", n, "claims;", req, "required")
print("problems:", bad); sys.exit(1 if bad else 0)
