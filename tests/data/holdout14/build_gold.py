import json, re, sys, datetime, calendar, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_src import G, P
here = os.path.dirname(os.path.abspath(__file__))
def rep_date(f):
    for line in open(os.path.join(here, 'reports', f + '.meta.yaml')):
        if line.startswith('date:'):
            return datetime.date.fromisoformat(line.split(':', 1)[1].strip())
def end_of(d):
    parts = d.split('-')
    y = int(parts[0])
    if len(parts) == 1: return datetime.date(y, 12, 31)
    m = int(parts[1])
    if len(parts) == 2: return datetime.date(y, m, calendar.monthrange(y, m)[1])
    return datetime.date(y, m, int(parts[2]))
out = []
for c in G:
    lat, lon = P[c['key']]
    o = dict(file=c['f'], place=c['place'], lat=lat, lon=lon, tol_km=c['tol'], actor_canonical=c['actor'],
             role=c['role'], required=c['req'], detail=c['detail'], evidence=c['ev'])
    if c['date']:
        o['date'] = c['date']
        auto = (rep_date(c['f']) - end_of(c['date'])).days >= 45
        if c['hist'] is not None and bool(c['hist']) != auto:
            print('historical flag differs:', c['f'], c['place'], c['date'], c['hist'], auto)
        o['historical'] = auto
    out.append(o)
with open(os.path.join(here, 'gold.jsonl'), 'w') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), 'claims')
