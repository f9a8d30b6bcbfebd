"""Build gold.jsonl from gold_src.py: resolve GeoNames (cities500) coordinates, compute historical flags."""
import json, os, re, glob, datetime, calendar
from geo import look
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold_src.py')).read())
HERE = os.path.dirname(os.path.abspath(__file__))
files = {os.path.basename(p)[:4]: os.path.basename(p) for p in glob.glob(os.path.join(HERE, 'reports', '*.txt'))}
def rdate(fn):
    m = re.search(r'date:\s*(\S+)', open(os.path.join(HERE, 'reports', fn + '.meta.yaml')).read())
    return datetime.date.fromisoformat(m.group(1))
def end_of(d):
    p = d.split('-')
    if len(p) == 1: return datetime.date(int(p[0]), 12, 31)
    if len(p) == 2: return datetime.date(int(p[0]), int(p[1]), calendar.monthrange(int(p[0]), int(p[1]))[1])
    return datetime.date.fromisoformat(d)
out = []
for c in G:
    fn = files[c['f']]
    geo = c['geo']
    if len(geo) == 2:
        r = look(geo[0], geo[1])
        assert len(r) >= 1, (geo, r)
        lat, lon = r[0][2], r[0][3]
        tol = 100 if 'territory' in c['place'] else 30
    else:
        lat, lon, tol = geo
    d = dict(file=fn, place=c['place'], lat=lat, lon=lon, tol_km=tol, actor_canonical=c['actor'], role=c['role'],
             required=c['req'], detail=c['detail'], evidence=c['ev'])
    if c['date']:
        d['date'] = c['date']
        h = c['hist']
        if h is None:
            h = (rdate(fn) - end_of(c['date'])).days >= 45
        d['historical'] = bool(h)
    out.append(d)
with open(os.path.join(HERE, 'gold.jsonl'), 'w') as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(out), 'claims;', sum(d['required'] for d in out), 'required')
