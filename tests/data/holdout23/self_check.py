"""Self-check for holdout23: evidence verbatim (whitespace-normalised), actors known, JSON valid, roles valid,
report lengths 350-650 words, sidecars present."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = '/work/main/tests/data'
aliases = {}
for p in [f'{DATA}/corpus_aliases.json', f'{DATA}/holdout2/extra_aliases.json', f'{HERE}/extra_aliases.json']:
    for k, v in json.load(open(p)).items(): aliases.setdefault(k, []).extend(v)
ws = lambda s: re.sub(r'\s+', ' ', s).strip()
bad = 0; n = 0
files = set()
for i, line in enumerate(open(f'{HERE}/gold.jsonl'), 1):
    r = json.loads(line); n += 1
    need = {'file', 'place', 'lat', 'lon', 'tol_km', 'actor_canonical', 'role', 'required', 'detail', 'evidence'}
    if need - r.keys(): print(i, 'missing', need - r.keys()); bad += 1
    txt = ws(open(f"{HERE}/reports/{r['file']}").read())
    if ws(r['evidence']) not in txt: print(i, 'evidence not verbatim:', r['evidence']); bad += 1
    if r['actor_canonical'] not in aliases: print(i, 'unknown actor', r['actor_canonical']); bad += 1
    if r['role'] not in ('holds', 'attacks', 'lost'): print(i, 'bad role'); bad += 1
    if ('date' in r) != ('historical' in r): print(i, 'date/historical mismatch'); bad += 1
    files.add(r['file'])
for f in sorted(os.listdir(f'{HERE}/reports')):
    if not f.endswith('.txt'): continue
    w = len(open(f'{HERE}/reports/{f}').read().split())
    if not 350 <= w <= 650: print(f, 'word count', w); bad += 1
    if not os.path.exists(f'{HERE}/reports/{f}.meta.yaml'): print(f, 'no sidecar'); bad += 1
    if f not in files: print(f, 'no gold'); bad += 1
print(n, 'claims checked;', bad, 'problems')
sys.exit(1 if bad else 0)
