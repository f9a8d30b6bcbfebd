"""Self-check: evidence verbatim (whitespace-normalised), actors in merged alias files, roles, JSON, coords."""
import json, os, re, glob
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = '/work/main/tests/data'
aliases = {}
for p in [f'{DATA}/corpus_aliases.json', f'{DATA}/holdout2/extra_aliases.json', f'{HERE}/extra_aliases.json']:
    for k, v in json.load(open(p)).items(): aliases.setdefault(k, []).extend(v)
ws = lambda s: re.sub(r'\s+', ' ', s).strip()
texts = {os.path.basename(p): ws(open(p).read()) for p in glob.glob(f'{HERE}/reports/*.txt')}
errs = 0; used = set(); perfile = {}
for i, line in enumerate(open(f'{HERE}/gold.jsonl'), 1):
    d = json.loads(line)
    for k in ['file','place','lat','lon','tol_km','actor_canonical','role','required','detail','evidence']:
        if k not in d: print(i, 'missing', k); errs += 1
    if d['file'] not in texts: print(i, 'no file', d['file']); errs += 1; continue
    if ws(d['evidence']) not in texts[d['file']]: print(i, 'evidence not verbatim:', d['evidence']); errs += 1
    if d['actor_canonical'] not in aliases: print(i, 'actor not in aliases:', d['actor_canonical']); errs += 1
    if d['role'] not in ('holds','attacks','lost'): print(i, 'bad role'); errs += 1
    used.add(d['actor_canonical']); perfile.setdefault(d['file'], [0,0])[0 if d['required'] else 1] += 1
for f in sorted(texts):
    if not os.path.exists(f'{HERE}/reports/{f}.meta.yaml'): print('no meta', f); errs += 1
    print(f, len(texts[f].split()), 'words; gold req/opt', perfile.get(f))
extra = json.load(open(f'{HERE}/extra_aliases.json'))
print('extra keys unused:', [k for k in extra if k not in used])
print('errors:', errs)
