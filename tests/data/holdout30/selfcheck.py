import json, re, glob, os
base = '/work/main/tests/data/'
al = json.load(open(base + 'corpus_aliases.json'))
for f in [base + 'holdout2/extra_aliases.json', 'extra_aliases.json']:
    for k, v in json.load(open(f)).items():
        al.setdefault(k, []).extend(v)
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
texts = {os.path.basename(p): norm(open(p).read()) for p in glob.glob('reports/*.txt')}
n = req = 0; bad = 0
for line in open('gold.jsonl'):
    g = json.loads(line); n += 1; req += g['required']
    assert set(g) >= {'file','place','lat','lon','tol_km','actor_canonical','role','required','detail','evidence'}
    if g['file'] not in texts: print('nofile', g); bad += 1
    elif norm(g['evidence']) not in texts[g['file']]: print('EVIDENCE', g['file'], '|', g['evidence']); bad += 1
    if g['actor_canonical'] not in al: print('ACTOR', g['actor_canonical']); bad += 1
    if g['role'] not in ('holds','attacks','lost'): print('ROLE', g); bad += 1
    if 'date' in g: assert re.fullmatch(r'\d{4}(-\d\d(-\d\d)?)?', g['date']), g
for p in glob.glob('reports/*.txt'):
    assert os.path.exists(p + '.meta.yaml'), p
    w = len(open(p).read().split()); assert 350 <= w <= 650, (p, w)
used = {json.loads(l)['file'] for l in open('gold.jsonl')}
print('claims', n, 'required', req, 'files with gold', len(used), 'of', len(texts), 'problems', bad)
