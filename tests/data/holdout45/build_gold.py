"""Build gold.jsonl from gold_src.py and self-check it (run from this folder)."""
import json, re, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_src import C, CLAIMS
HERE = os.path.dirname(os.path.abspath(__file__))
NOT_CITIES500 = {"Gajre","Lavce","Tanusevci","Konavle","Riyan","al-Anad","Kafr Kalbin","Kaljibrin",
                 "Bizaah","Barkh Butan","Dovhenke","Kok-Tash","Golovnoi","Ras Baalbek","Qaa"}
norm = lambda t: re.sub(r"\s+", " ", t).strip()
out = []
for c in CLAIMS:
    lat, lon, tol = C[c["key"]]
    req = c["required"] and c["key"] not in NOT_CITIES500
    d = {"file": c["file"], "place": c["place"], "lat": lat, "lon": lon, "tol_km": tol,
         "actor_canonical": c["actor_canonical"], "role": c["role"], "required": req,
         "detail": c["detail"], "evidence": norm(c["evidence"])}
    if c["date"]: d["date"] = c["date"]
    if c["historical"] is not None: d["historical"] = c["historical"]
    out.append(d)
with open(os.path.join(HERE, "gold.jsonl"), "w") as fh:
    for d in out: fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), "claims,", sum(d["required"] for d in out), "required")
