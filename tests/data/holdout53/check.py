"""Self-check for holdout53: evidence verbatim (after whitespace normalisation), every actor a key of
the merged alias files, roles, required fields and types, dates, word counts (300-450), sidecars,
numbering 4041-4060, no duplicate required claims."""
import json, re, os, sys, glob
H = os.path.dirname(os.path.abspath(__file__))
DATA = "/work/main/tests/data"
norm = lambda s: re.sub(r"\s+", " ", s).strip()
al = {}
paths = [os.path.join(DATA, "corpus_aliases.json")] + sorted(glob.glob(os.path.join(DATA, "holdout*/extra_aliases.json")))
paths = [p for p in paths if "/holdout53/" not in p] + [os.path.join(H, "extra_aliases.json")]
for p in paths:
    for k, v in json.load(open(p)).items():
        assert isinstance(v, list), p
        al.setdefault(k, []).extend(v)
bad = 0; files = set(); seen = set()
FIELDS = ("file", "place", "lat", "lon", "tol_km", "actor_canonical", "role", "required", "detail", "evidence")
for i, l in enumerate(open(os.path.join(H, "gold.jsonl"))):
    d = json.loads(l); files.add(d["file"])
    for k in FIELDS:
        if k not in d: print("FIELD", i, k); bad += 1
    fp = os.path.join(H, "reports", d["file"])
    if not os.path.exists(fp): print("NOFILE", i, d["file"]); bad += 1; continue
    t = norm(open(fp).read())
    if norm(d["evidence"]) not in t: print("EVIDENCE", i, d["file"], d["evidence"]); bad += 1
    if d["actor_canonical"] not in al: print("ACTOR", i, d["actor_canonical"]); bad += 1
    if d["role"] not in ("holds", "attacks", "lost"): print("ROLE", i, d["role"]); bad += 1
    if not isinstance(d["required"], bool): print("REQTYPE", i); bad += 1
    if not (-90 <= d["lat"] <= 90 and -180 <= d["lon"] <= 180 and d["tol_km"] > 0): print("COORD", i); bad += 1
    if "date" in d and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d["date"]): print("DATE", i, d["date"]); bad += 1
    if "date" in d and "historical" not in d: print("HIST", i); bad += 1
    key = (d["file"], round(d["lat"], 2), round(d["lon"], 2), d["actor_canonical"], d["role"])
    if d["required"]:
        if key in seen: print("DUPREQ", i, key); bad += 1
        seen.add(key)
n = 0
for fn in sorted(os.listdir(os.path.join(H, "reports"))):
    if fn.endswith(".txt"):
        n += 1
        num = int(fn[:4])
        if not 4041 <= num <= 4060: print("NUMBER", fn); bad += 1
        w = len(open(os.path.join(H, "reports", fn)).read().split())
        if not 300 <= w <= 450: print("WORDS", fn, w); bad += 1
        if fn not in files: print("NOGOLD", fn); bad += 1
        mp = os.path.join(H, "reports", fn + ".meta.yaml")
        if not os.path.exists(mp): print("META", fn); bad += 1
        else:
            m = open(mp).read()
            if not re.search(r"^date: \d{4}-\d{2}-\d{2}$", m, re.M) or not re.search(r"^source: \S", m, re.M):
                print("METAFMT", fn); bad += 1
if n != 20: print("COUNT", n); bad += 1
print("reports:", n, "claims:", sum(1 for _ in open(os.path.join(H, "gold.jsonl"))),
      "required:", sum(json.loads(l)["required"] for l in open(os.path.join(H, "gold.jsonl"))))
print("problems:", bad); sys.exit(1 if bad else 0)
