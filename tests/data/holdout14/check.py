"""Self-check of holdout14: evidence verbatim, actors known, roles valid, files paired, word counts."""
import json, os, re, glob, math
here = os.path.dirname(os.path.abspath(__file__))
data = '/work/main/tests/data'
aliases = {}
for p in [f'{data}/corpus_aliases.json', f'{data}/holdout2/extra_aliases.json', f'{here}/extra_aliases.json']:
    for k, v in json.load(open(p)).items():
        aliases.setdefault(k, []).extend(v)
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
reports = {os.path.basename(p): norm(open(p, encoding='utf-8').read()) for p in glob.glob(f'{here}/reports/*.txt')}
errors = 0
for p in glob.glob(f'{here}/reports/*.txt'):
    if not os.path.exists(p + '.meta.yaml'):
        print('missing sidecar', p); errors += 1
    n = len(reports[os.path.basename(p)].split())
    if not 350 <= n <= 650:
        print('word count', os.path.basename(p), n); errors += 1
gold = [json.loads(l) for l in open(f'{here}/gold.jsonl', encoding='utf-8')]
fields = {'file', 'place', 'lat', 'lon', 'tol_km', 'actor_canonical', 'role', 'required', 'detail', 'evidence'}
seen_files = set()
for i, g in enumerate(gold):
    if not fields <= set(g):
        print(i, 'missing fields', fields - set(g)); errors += 1
    if g['file'] not in reports:
        print(i, 'unknown file', g['file']); errors += 1; continue
    seen_files.add(g['file'])
    if norm(g['evidence']) not in reports[g['file']]:
        print(i, 'evidence not verbatim:', g['file'], g['evidence']); errors += 1
    if g['actor_canonical'] not in aliases:
        print(i, 'unknown actor', g['actor_canonical']); errors += 1
    if g['role'] not in ('holds', 'attacks', 'lost'):
        print(i, 'bad role', g['role']); errors += 1
    if not isinstance(g['required'], bool):
        print(i, 'required not bool'); errors += 1
    if not (-90 <= g['lat'] <= 90 and -180 <= g['lon'] <= 180):
        print(i, 'bad coords'); errors += 1
print('files without gold:', sorted(set(reports) - seen_files))
req = sum(g['required'] for g in gold)
print(f'{len(reports)} reports, {len(gold)} claims, {req} required, {len(gold)-req} optional, errors={errors}')
