import json, os, re, glob
H = os.path.dirname(os.path.abspath(__file__))
D = '/work/main/tests/data'
aliases = {}
for p in [f'{D}/corpus_aliases.json', f'{D}/holdout2/extra_aliases.json', f'{H}/extra_aliases.json']:
    for k, v in json.load(open(p)).items():
        aliases.setdefault(k, []).extend(v)
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
reports = {os.path.basename(p): norm(open(p).read()) for p in glob.glob(f'{H}/reports/*.txt')}
bad = 0
gold = [json.loads(l) for l in open(f'{H}/gold.jsonl')]
for g in gold:
    for k in ['file','place','lat','lon','tol_km','actor_canonical','role','required','detail','evidence']:
        assert k in g, (k, g)
    if g['file'] not in reports: print('NOFILE', g); bad += 1; continue
    if norm(g['evidence']) not in reports[g['file']]: print('EVIDENCE', g['file'], g['evidence']); bad += 1
    if g['actor_canonical'] not in aliases: print('ACTOR', g['actor_canonical']); bad += 1
    if g['role'] not in ('holds', 'attacks', 'lost'): print('ROLE', g); bad += 1
    if 'date' in g and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', g['date']): print('DATE', g); bad += 1
# sidecars and lengths
for f in sorted(reports):
    m = f'{H}/reports/{f}.meta.yaml'
    if not os.path.exists(m): print('NOMETA', f); bad += 1
    n = sum(1 for g in gold if g['file'] == f)
    print(f, len(reports[f].split()), 'words', n, 'claims', sum(1 for g in gold if g['file']==f and g['required']), 'req')
# extra alias keys must not duplicate prior keys
prior = set(json.load(open(f'{D}/corpus_aliases.json'))) | set(json.load(open(f'{D}/holdout2/extra_aliases.json')))
print('extra keys already in prior files:', sorted(set(json.load(open(f'{H}/extra_aliases.json'))) & prior))
used = {g['actor_canonical'] for g in gold}
print('extra actors unused in gold:', sorted(set(json.load(open(f'{H}/extra_aliases.json'))) - used))
print('problems:', bad, '| claims', len(gold), 'required', sum(g['required'] for g in gold))
