from geo import C, norm
import sys
for arg in sys.argv[1:]:
    sub,_,cc=arg.partition(':'); s=norm(sub)
    r=[]
    for c in C.values():
        if cc and c['countrycode']!=cc: continue
        names=[c['name']]+list(c.get('alternatenames') or [])
        if any(s in norm(x) for x in names): r.append((c['name'],round(c['latitude'],4),round(c['longitude'],4),c['population']))
    print(arg, r[:8])
