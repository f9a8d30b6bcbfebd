"""Self-check for holdout20: evidence verbatim, actors known, roles valid, JSON valid, word counts, sidecars."""
import json, os, re, glob, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = '/work/main/tests/data'
al = {}
for p in [f'{DATA}/corpus_aliases.json', f'{DATA}/holdout2/extra_aliases.json', f'{HERE}/extra_aliases.json']:
    for k, v in json.load(open(p)).items():
        al.setdefault(k, []).extend(v)
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
texts = {os.path.basename(p): norm(open(p).read()) for p in glob.glob(f'{HERE}/reports/*.txt')}
bad = 0
for p in glob.glob(f'{HERE}/reports/*.txt'):
    n = len(open(p).read().split())
    if not 350 <= n <= 650: print('WORDS', p, n); bad += 1
    if not os.path.exists(p + '.meta.yaml'): print('NO META', p); bad += 1
    else:
        m = open(p + '.meta.yaml').read()
        if not re.search(r'^date: \d{4}-\d\d-\d\d$', m, re.M) or 'source:' not in m: print('META', p); bad += 1
files_with_gold = set()
for i, line in enumerate(open(f'{HERE}/gold.jsonl')):
    d = json.loads(line)
    for k in ['file', 'place', 'lat', 'lon', 'tol_km', 'actor_canonical', 'role', 'required', 'detail', 'evidence']:
        if k not in d: print('MISSING', k, i); bad += 1
    if d['file'] not in texts: print('NOFILE', d['file']); bad += 1; continue
    files_with_gold.add(d['file'])
    if norm(d['evidence']) not in texts[d['file']]: print('EVIDENCE', d['file'], d['evidence']); bad += 1
    if d['actor_canonical'] not in al: print('ACTOR', d['actor_canonical']); bad += 1
    if d['role'] not in ('holds', 'attacks', 'lost'): print('ROLE', d['role']); bad += 1
    if not isinstance(d['required'], bool): print('REQ', i); bad += 1
print('reports', len(texts), 'with gold', len(files_with_gold), 'problems', bad)
sys.exit(1 if bad else 0)
