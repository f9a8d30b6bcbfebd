"""Self-check for holdout19: JSON valid, evidence verbatim (whitespace-normalised), actors in merged aliases,
roles in vocabulary, sidecars present, word counts, historical flag consistent with the 45-day rule."""
import json, os, re, datetime, glob
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = '/work/main/tests/data'
def norm(s): return re.sub(r'\s+', ' ', s).strip()
aliases = {}
for p in [f'{DATA}/corpus_aliases.json', f'{DATA}/holdout2/extra_aliases.json', f'{HERE}/extra_aliases.json']:
    for k, v in json.load(open(p)).items():
        aliases.setdefault(k, []).extend(v)
errors = []
reports = sorted(glob.glob(f'{HERE}/reports/*.txt'))
texts, dates = {}, {}
for r in reports:
    name = os.path.basename(r)
    texts[name] = norm(open(r, encoding='utf-8').read())
    meta = r + '.meta.yaml'
    if not os.path.exists(meta): errors.append(f'no sidecar {name}'); continue
    m = dict(l.split(': ', 1) for l in open(meta).read().splitlines() if ': ' in l)
    dates[name] = datetime.date.fromisoformat(m['date'].strip())
    if m.get('source', '').strip() == '': errors.append(f'no source {name}')
    wc = len(texts[name].split())
    if not 350 <= wc <= 650: errors.append(f'{name}: {wc} words')
def parse(d):
    parts = [int(x) for x in d.split('-')]
    while len(parts) < 3: parts.append(1)
    if len(d.split('-')) == 1: parts = [parts[0], 7, 1]
    return datetime.date(*parts)
n = req = 0
per = {}
for i, line in enumerate(open(f'{HERE}/gold.jsonl', encoding='utf-8'), 1):
    d = json.loads(line); n += 1; req += d['required']
    per.setdefault(d['file'], [0, 0]); per[d['file']][0] += 1; per[d['file']][1] += d['required']
    for k in ['file', 'place', 'lat', 'lon', 'tol_km', 'actor_canonical', 'role', 'required', 'detail', 'evidence']:
        if k not in d: errors.append(f'line {i}: missing {k}')
    if d['file'] not in texts: errors.append(f'line {i}: no report {d["file"]}'); continue
    if norm(d['evidence']) not in texts[d['file']]: errors.append(f'line {i}: evidence not verbatim: {d["evidence"]!r}')
    if d['actor_canonical'] not in aliases: errors.append(f'line {i}: unknown actor {d["actor_canonical"]}')
    if d['role'] not in ('holds', 'attacks', 'lost'): errors.append(f'line {i}: bad role')
    if not (-90 <= d['lat'] <= 90 and -180 <= d['lon'] <= 180): errors.append(f'line {i}: bad coords')
    if 'date' in d:
        age = (dates[d['file']] - parse(d['date'])).days
        if d.get('historical') is None: errors.append(f'line {i}: date without historical')
        elif d['historical'] != (age >= 45) and abs(age - 45) > 20:
            errors.append(f'line {i}: historical={d["historical"]} but age {age} days ({d["date"]})')
        if age < -2: errors.append(f'line {i}: claim date after report')
for f in texts:
    if f not in per: errors.append(f'{f}: no gold')
print(f'{len(reports)} reports, {n} claims ({req} required)')
for f, (a, b) in sorted(per.items()): print(f'  {f}: {a} ({b})  {len(texts[f].split())} words')
print('\n'.join(errors) if errors else 'OK: all checks passed')
