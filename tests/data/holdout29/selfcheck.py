"""Self-check for holdout29: JSON valid, evidence verbatim, actors known, roles valid, sidecars, word counts."""
import json, re, os
H = os.path.dirname(os.path.abspath(__file__))
norm = lambda s: re.sub(r"\s+", " ", s).strip()
aliases = set(json.load(open('/work/main/tests/data/corpus_aliases.json')))
aliases |= set(json.load(open('/work/main/tests/data/holdout2/extra_aliases.json')))
aliases |= set(json.load(open(os.path.join(H, 'extra_aliases.json'))))
bad = 0
rows = [json.loads(l) for l in open(os.path.join(H, 'gold.jsonl'), encoding='utf-8')]
for r in rows:
    txt = norm(open(os.path.join(H, 'reports', r['file']), encoding='utf-8').read())
    if norm(r['evidence']) not in txt: print('evidence?', r); bad += 1
    if r['actor_canonical'] not in aliases: print('actor?', r['actor_canonical']); bad += 1
    if r['role'] not in ('holds', 'attacks', 'lost'): print('role?', r); bad += 1
    if not isinstance(r['required'], bool): print('required?', r); bad += 1
for f in sorted(os.listdir(os.path.join(H, 'reports'))):
    if f.endswith('.txt'):
        n = len(open(os.path.join(H, 'reports', f), encoding='utf-8').read().split())
        if not os.path.exists(os.path.join(H, 'reports', f + '.meta.yaml')): print('no sidecar', f); bad += 1
        if not 350 <= n <= 650: print('words', f, n); bad += 1
print(len(rows), 'claims', sum(r['required'] for r in rows), 'required;', 'problems:', bad)
