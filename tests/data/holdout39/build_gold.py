"""Build gold.jsonl from gold_src.py and run self-checks."""
import json, glob, os, re, sys, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_src import C, G
HERE = os.path.dirname(os.path.abspath(__file__))
files = {int(os.path.basename(f)[:4]): os.path.basename(f) for f in glob.glob(os.path.join(HERE, 'reports', '*.txt'))}
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
texts = {no: norm(open(os.path.join(HERE, 'reports', f)).read()) for no, f in files.items()}
dates = {}
for no, f in files.items():
    for line in open(os.path.join(HERE, 'reports', f + '.meta.yaml')):
        if line.startswith('date:'): dates[no] = line.split(':', 1)[1].strip()
aliases = {}
for p in ['/work/main/tests/data/corpus_aliases.json', '/work/main/tests/data/holdout2/extra_aliases.json', os.path.join(HERE, 'extra_aliases.json')]:
    for k, v in json.load(open(p)).items(): aliases.setdefault(k, []).extend(v)
errors = []
out = []
for (no, place, ck, actor, role, req, detail, ev, date, hist) in G:
    if no not in files: errors.append(f'no file {no}'); continue
    lat, lon, tol = C[ck]
    if norm(ev) not in texts[no]: errors.append(f'{no}: evidence not verbatim: {ev!r}')
    if actor not in aliases: errors.append(f'{no}: actor not in aliases: {actor}')
    if role not in ('holds', 'attacks', 'lost'): errors.append(f'{no}: bad role {role}')
    d = {'file': files[no], 'place': place, 'lat': lat, 'lon': lon, 'tol_km': tol, 'actor_canonical': actor,
         'role': role, 'required': bool(req), 'detail': detail, 'evidence': norm(ev)}
    if date:
        d['date'] = date
        # historical: event date at least 45 days before the report
        import calendar
        parts = [int(x) for x in date.split('-')]
        if len(parts) == 1: start, end = datetime.date(parts[0], 1, 1), datetime.date(parts[0], 12, 31)
        elif len(parts) == 2: start, end = datetime.date(parts[0], parts[1], 1), datetime.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        else: start = end = datetime.date(*parts)
        rep = datetime.date.fromisoformat(dates[no])
        if start > rep: errors.append(f'{no}: event date after report: {date}')
        computed = (rep - end).days >= 45  # conservative reading
        possible = {(rep - start).days >= 45, computed}
        if hist is not None and bool(hist) not in possible:
            errors.append(f'{no}: historical flag {hist} impossible for {place} {date}')
        d['historical'] = computed if hist is None else bool(hist)
    out.append(d)
with open(os.path.join(HERE, 'gold.jsonl'), 'w') as f:
    for d in out: f.write(json.dumps(d, ensure_ascii=False) + '\n')
for line in open(os.path.join(HERE, 'gold.jsonl')): json.loads(line)
# every report has gold, 350-650 words
for no, f in files.items():
    w = len(open(os.path.join(HERE, 'reports', f)).read().split())
    if not 350 <= w <= 650: errors.append(f'{no}: {w} words')
    if not any(d['file'] == f for d in out): errors.append(f'{no}: no gold')
print(f'{len(out)} claims, {sum(d["required"] for d in out)} required')
print('\n'.join(errors) or 'all checks passed')
