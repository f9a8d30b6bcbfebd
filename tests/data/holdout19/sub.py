import sys
from geo import C, norm
cc=sys.argv[1]
for q in sys.argv[2:]:
    k=norm(q)
    r=[(v['name'],round(v['latitude'],4),round(v['longitude'],4),v['population']) for v in C.values() if v['countrycode']==cc and (k in norm(v['name']) or any(k in norm(a) for a in (v.get('alternatenames') or []) if a))]
    print(q,'->',r[:8])
