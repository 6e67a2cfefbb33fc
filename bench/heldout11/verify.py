import json, glob, os, re, collections, sys
ok=True
rows=[json.loads(l) for l in open("gold.jsonl",encoding="utf-8")]
files={os.path.basename(p):open(p,encoding="utf-8").read() for p in glob.glob("*.txt")}
keys=["file","sentence","quotes","dates","amounts","pledges","persons","note"]
for r in rows:
    if list(r.keys())!=keys: ok=False; print("keys",r)
    t=files[r["file"]]; n=t.count(r["sentence"])
    if n!=1: ok=False; print("COUNT",n,r["file"],r["sentence"][:70])
    for qq in r["quotes"]:
        if qq["kind"] not in ("direct","indirect","mixed"): ok=False; print("kind",r)
kinds=collections.Counter(qq["kind"] for r in rows for qq in r["quotes"])
perfile=collections.Counter(r["file"] for r in rows)
qfile=collections.Counter()
for r in rows: qfile[r["file"]]+=len(r["quotes"])
pers=sum(len(r["persons"]) for r in rows)
uniq=len({(r["file"],p) for r in rows for p in r["persons"]})
print("files",len(files),"lines",len(rows),"quotes",sum(kinds.values()),dict(kinds),"person mentions",pers,"distinct persons (per file)",uniq)
print("lines with quotes", sum(1 for r in rows if r["quotes"]), "lines without", sum(1 for r in rows if not r["quotes"]))
for f in sorted(files):
    body=files[f]; print(f, "words",len(body.split()), "lines",perfile[f], "quotes",qfile[f], "first line",repr(body.splitlines()[0]))
# coverage: any text line fragment with quote marks not covered by a gold sentence
covered={f:[r["sentence"] for r in rows if r["file"]==f] for f in files}
for f,t in files.items():
    for m in re.finditer(r'[„”"‘]|,,',t):
        pos=m.start()
        if not any(t.find(s)<=pos<t.find(s)+len(s) for s in covered[f]):
            line=t[:pos].count("\n")+1
            print("UNCOVERED quote mark",f,line,t.splitlines()[line-1][:80])
# README counts
if os.path.exists("README.md"):
    rd=open("README.md",encoding="utf-8").read()
    for s in [f"{len(rows)} gold lines", f"{sum(kinds.values())} quotes", f"{kinds['direct']} direct", f"{kinds['indirect']} indirect", f"{kinds['mixed']} mixed", f"{pers} person mentions"]:
        if s not in rd: ok=False; print("README missing:",s)
print("OK" if ok else "FAIL")
