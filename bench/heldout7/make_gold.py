# Builds gold.jsonl and checks every sentence occurs verbatim in its article.
import json
A1="2028-03-14-navo-ministers-norm-luchtverdediging.txt"
A2="2028-06-eu-top-leenprogramma-defensie.txt"
A3="2028-09-20-washington-wapens-oekraine-rekening.txt"
A4="2028-10-12-kamerdebat-defensiebegroting-2029.txt"
A5="2028-11-21-belgie-coalitie-ruzie-f35.txt"
G=[]
def L(f,s,q=(),d=(),a=(),p=(),per=(),note=None):
    o={"file":f,"sentence":s,"quotes":[{"speaker":x,"kind":k} for x,k in q],
       "dates":[dict(text=t,value=v,**({"kind":"duration"} if v and v.startswith("P") else {})) for t,v in d],
       "amounts":[{"text":t,"value":v,"unit":u} for t,v,u in a],
       "pledges":list(p),"persons":list(per)}
    if note: o["note"]=note
    G.append(o)
H="Sigrid Halvorsen"; HR="Oksana Hrytsenko"; Z="Marek Zieliński"; M="Hélène Marchand"; EK="Esther Koning"
KT="Key takeaways bullet"
# ---- A1
L(A1,"NAVO-landen moeten volgens secretaris-generaal Halvorsen sneller naar 3,5 procent van het bbp.",
  [(H,"indirect")],a=[("3,5 procent",3.5,"%")],per=[H],note=KT)
L(A1,"Oekraïne wil voor de komende winter veertig extra luchtverdedigingssystemen.",
  d=[("de komende winter","2028-WI")],a=[("veertig extra luchtverdedigingssystemen",40,"luchtverdedigingssystemen")],note=KT+"; 'wil' is not a quote")
L(A1,"Polen trekt 600 miljoen euro uit voor een gezamenlijk munitiefonds.",
  a=[("600 miljoen euro",600000000,"EUR")],p=[{"giver":"Polen","what":"600 miljoen euro voor een gezamenlijk munitiefonds","status":"promised"}],note=KT)
L(A1,"De ministers van Defensie van de NAVO-lidstaten zijn dinsdag in Brussel bijeengekomen om te praten over de steun aan Oekraïne en de uitgaven aan defensie.",
  d=[("dinsdag","2028-03-14")])
L(A1,"„We hebben geen tijd meer te verliezen”, zei NAVO-topman Sigrid Halvorsen bij aankomst.",[(H,"direct")],per=[H])
L(A1,"„Wie nu nog twijfelt, heeft de afgelopen vier jaar niet opgelet.”",[(H,"direct")],d=[("de afgelopen vier jaar","P4Y")],note="follow-on quote")
L(A1,"Ze benadrukte dat alle lidstaten uiterlijk in 2030 minstens 3,5 procent van hun bruto binnenlands product aan defensie moeten besteden.",
  [(H,"indirect")],d=[("2030","2030")],a=[("3,5 procent",3.5,"%")])
L(A1,"Volgens de secretaris-generaal is het „onaanvaardbaar” dat een deel van de bondgenoten de huidige norm van 2 procent nog altijd niet haalt.",
  [(H,"mixed")],a=[("2 procent",2,"%")])
L(A1,"De Oekraïense minister van Defensie Oksana Hrytsenko was ook aanwezig.",per=[HR],note="presence, no statement")
L(A1,"Zij zei dat haar land voor de komende winter veertig extra luchtverdedigingssystemen nodig heeft.",
  [(HR,"indirect")],d=[("de komende winter","2028-WI")],a=[("veertig extra luchtverdedigingssystemen",40,"luchtverdedigingssystemen")])
L(A1,"\"Elke nacht vallen er drones en raketten op onze steden. Zonder extra systemen kunnen we de centrales niet beschermen\", zei Hrytsenko tegen verslaggevers.",
  [(HR,"direct")],per=[HR],note="two-sentence quote; 'elke nacht' is a frequency, not a date")
L(A1,"Polen trekt 600 miljoen euro uit voor een gezamenlijk fonds waarmee munitie voor Oekraïne wordt ingekocht.",
  a=[("600 miljoen euro",600000000,"EUR")],p=[{"giver":"Polen","what":"600 miljoen euro voor een gezamenlijk munitiefonds voor Oekraïne","status":"promised"}])
L(A1,"De Poolse minister Marek Zieliński sprak van „een investering in onze eigen veiligheid”.",[(Z,"mixed")],per=[Z])
L(A1,"Hij sluit niet uit dat Warschau later dit jaar nog meer geld vrijmaakt.",[(Z,"indirect")],d=[("later dit jaar","2028")],
  note="no pledge: vague possibility without amount")
L(A1,"Westerse functionarissen waarschuwen dat de voorraden in Europa snel slinken.",[("Westerse functionarissen","indirect")])
L(A1,"Ook de Franse minister Hélène Marchand wijst op de trage productie in de Europese wapenindustrie.",per=[M],note="'wijst op <NP>' is not a quote")
L(A1,"Marchand ontmoette dinsdagmiddag haar Duitse collega om de plannen voor een gezamenlijke granatenfabriek te bespreken.",
  d=[("dinsdagmiddag","2028-03-14")],per=[M])
L(A1,"Het Nederlandse kabinet maakte bekend dat het dit jaar 350 miljoen euro extra reserveert voor de luchtverdediging van Oekraïne.",
  [("Het Nederlandse kabinet","indirect")],d=[("dit jaar","2028")],a=[("350 miljoen euro",350000000,"EUR")],
  p=[{"giver":"Nederland","giver_alt":["het Nederlandse kabinet","het kabinet"],"what":"350 miljoen euro extra voor de luchtverdediging van Oekraïne","status":"promised"}])
L(A1,"\"Dat geld is er, en het blijft er\", zei minister van Defensie Esther Koning.",[(EK,"direct")],per=[EK])
L(A1,"Ze herhaalde dat een besluit over de bijdrage voor 2029 pas in september valt.",[(EK,"indirect")],d=[("2029","2029"),("september","2028-09")])
L(A1,"Een woordvoerder van het Amerikaanse ministerie van Defensie liet weten dat Washington „de Europese inspanningen verwelkomt”, maar dat het tempo omhoog moet.",
  [("het Amerikaanse ministerie van Defensie","mixed")],note="unnamed spokesperson -> organisation")
L(A1,"De ministers praten woensdag verder.",d=[("woensdag","2028-03-15")])
L(A1,"Halvorsen wil dat er voor de NAVO-top in juli een akkoord ligt over de nieuwe norm.",d=[("juli","2028-07")],per=[H],note="'wil dat' is not a quote")
L(A1,"Ook Hrytsenko blijft tot het einde van het overleg in Brussel.",per=[HR])
# ---- A2
JL="Julien Lefèvre"; RM="Ruben Molenaar"; KD="Katarzyna Dąbrowska"; TM="Taras Melnychuk"; AK="Ayşe Kaya"
L(A2,"De Europese regeringsleiders zijn het donderdag in Brussel niet eens geworden over een nieuw leenprogramma voor defensie.",
  d=[("donderdag",None)],note="weekday in a month-only article: unresolvable")
L(A2,"‘Dit is geen mislukking, dit is uitstel’, zei de voorzitter van de Europese Raad, Julien Lefèvre, na afloop.",[(JL,"direct")],per=[JL])
L(A2,"Hij benadrukte dat de leiders binnen een maand opnieuw bijeenkomen.",[(JL,"indirect")],d=[("binnen een maand","P1M")])
L(A2,"Volgens diplomaten ging het urenlang over de vraag wie uiteindelijk de rente betaalt.",[("diplomaten","indirect")])
L(A2,"Het voorstel van de Europese Commissie gaat uit van 150 miljard euro, op te halen op de kapitaalmarkt en als goedkope leningen door te geven aan lidstaten die wapens kopen.",
  a=[("150 miljard euro",150000000000,"EUR")],
  p=[{"giver":"Europese Commissie","what":"150 miljard euro aan goedkope leningen voor wapenaankopen door lidstaten","status":"considered"}],
  note="a proposal not yet agreed: considered")
L(A2,"Premier Ruben Molenaar verdedigde het Nederlandse standpunt.",per=[RM],note="bare speech act without content: not a quote")
L(A2,"„Wij willen Oekraïne helpen en wij willen dat Europa sterker wordt. Maar wij tekenen niet bij het kruisje voor een schuldenunie”, zei de premier.",[(RM,"direct")])
L(A2,"„Als je geld leent, moet je ook weten hoe je het terugbetaalt”, vervolgde Molenaar.",[(RM,"direct")],per=[RM])
L(A2,"„Daar is nog geen antwoord op.",[(RM,"direct")],note="quote continues into the next paragraph")
L(A2,"„Zodra dat antwoord er ligt, kijken wij er met een open blik naar. Eerder niet.”",[(RM,"direct")],note="second paragraph of the same quote")
L(A2,"De Poolse premier Katarzyna Dąbrowska reageerde fel.",per=[KD],note="bare speech act: not a quote")
L(A2,"Zij stelde dat landen aan de oostgrens „niet kunnen wachten tot Den Haag klaar is met rekenen”.",[(KD,"mixed")])
L(A2,"Polen besteedt dit jaar al 4,8 procent van zijn bbp aan defensie.",d=[("dit jaar","2028")],a=[("4,8 procent",4.8,"%")])
L(A2,"De Oekraïense president Taras Melnychuk sprak de leiders via een videoverbinding toe.",per=[TM],note="speech act without content: not a quote")
L(A2,"Hij zei dat zijn land deze zomer „tienduizenden granaten per maand” tekortkomt.",[(TM,"mixed")],d=[("deze zomer","2028-SU")],
  note="'tienduizenden granaten' is vague: not an amount")
L(A2,"De Europese munitieproductie is de afgelopen twee jaar weliswaar verdubbeld, maar de vraag groeit sneller.",d=[("de afgelopen twee jaar","P2Y")])
L(A2,"Eurocommissaris Ayşe Kaya, verantwoordelijk voor de defensie-industrie, noemde de uitkomst „teleurstellend maar niet verrassend”.",[(AK,"mixed")],per=[AK])
L(A2,"Ze wees erop dat zes lidstaten al hebben aangegeven mee te willen doen, ook als de rest afhaakt.",[(AK,"indirect")],a=[("zes lidstaten",6,"lidstaten")])
L(A2,"Dat kan via een kleinere groep landen, maar dan is het programma volgens de Commissie minder dan de helft zo groot.",[("de Commissie","indirect")])
L(A2,"Ingewijden verwachten dat een compromis pas in het najaar haalbaar is.",[("Ingewijden","indirect")],d=[("in het najaar","2028-FA")])
L(A2,"Molenaar ontmoette na de top nog kort de Duitse bondskanselier.",per=[RM])
L(A2,"Kaya en Lefèvre reizen volgende week samen naar Kyiv.",d=[("volgende week",None)],per=[AK,JL],note="relative week in a month-only article: unresolvable")
# ---- A3
GH="Garrett Hollis"; OB="Oleh Bondarenko"; DE="Dale Emerson"; MT="Melissa Tran"; BW="Bradley Whitcomb"; WZ="Wim Zomer"
L(A3,"De Amerikaanse regering wil dat Europese landen voortaan de volledige rekening betalen voor Amerikaanse wapens die naar Oekraïne gaan.",
  note="content is attributed in the following 'Dat maakte X bekend' sentence")
L(A3,"Dat maakte minister van Buitenlandse Zaken Garrett Hollis dinsdag bekend in Washington.",[(GH,"indirect")],d=[("dinsdag","2028-09-19")],per=[GH])
L(A3,"\"Amerika schrijft geen blanco cheques meer uit\", zei Hollis op een persconferentie.",[(GH,"direct")],per=[GH])
L(A3,"\"Europa is rijk genoeg om zijn eigen veiligheid te betalen.\"",[(GH,"direct")],note="follow-on quote")
L(A3,"Ook de Oekraïense ambassadeur in Washington, Oleh Bondarenko, was bij de persconferentie aanwezig.",per=[OB])
L(A3,"\"Niemand laat Oekraïne vallen\", werd de toon later op de dag genuanceerd door vicepresident Dale Emerson.",[(DE,"direct")],per=[DE],
  note="'later op de dag' not annotated as a date")
L(A3,"Het Witte Huis liet weten dat de levering van al bestelde Patriot-raketten gewoon doorgaat.",[("Het Witte Huis","indirect")],note="a sale already ordered: no pledge")
L(A3,"\"Dit komt niet als een verrassing, maar de timing is slecht\", klonk het vanuit het Franse ministerie van Defensie.",[("het Franse ministerie van Defensie","direct")])
L(A3,"De Republikeinse senator Melissa Tran uit Ohio steunt het besluit.",per=[MT],note="stance without statement: not a quote")
L(A3,"Zij waarschuwde dat het Congres \"geen cent meer\" goedkeurt zonder Europese tegenprestatie.",[(MT,"mixed")])
L(A3,"Senator Bradley Whitcomb uit Vermont noemt het besluit juist \"kortzichtig\".",[(BW,"mixed")],per=[BW])
L(A3,"Hij erkende wel dat Europa jarenlang te weinig aan defensie heeft uitgegeven.",[(BW,"indirect")],note="'jarenlang' is vague: no date")
L(A3,"Whitcomb en Tran zitten allebei in de defensiecommissie van de Senaat.",per=[BW,MT])
L(A3,"Europa zal de komende twee jaar ongeveer 20 miljard euro extra moeten vinden om de Amerikaanse bijdrage te vervangen.",
  d=[("de komende twee jaar","P2Y")],a=[("20 miljard euro",20000000000,"EUR")],note="content attributed in the following 'Dat zegt X' sentence")
L(A3,"Dat zegt defensie-econoom Wim Zomer van het Clingendael-instituut tegen de NOS.",[(WZ,"indirect")],per=[WZ])
L(A3,"Zomer wijst op de lange levertijden bij Europese fabrikanten.",per=[WZ],note="'wijst op <NP>' is not a quote")
L(A3,"\"Een luchtverdedigingssysteem bestel je niet zomaar. Daar zit al gauw drie jaar tussen\", aldus Zomer.",[(WZ,"direct")],d=[("drie jaar","P3Y")],per=[WZ])
L(A3,"Hij denkt dat vooral Duitsland en Polen in het gat zullen springen.",[(WZ,"indirect")])
L(A3,"Bondarenko: \"We zijn dankbaar voor alles wat Amerika heeft gedaan. Maar onze soldaten kunnen niet wachten op een boekhoudkundige discussie.\"",[(OB,"direct")],per=[OB])
L(A3,"Het Pentagon kondigde daarnaast aan dat in 2029 zo'n 8000 Amerikaanse militairen uit Duitsland en Italië vertrekken.",
  [("Het Pentagon","indirect")],d=[("2029","2029")],a=[("8000 Amerikaanse militairen",8000,"militairen")])
L(A3,"Een woordvoerder van de NAVO zei dat het bondgenootschap \"in nauw contact\" staat met Washington over de gevolgen.",[("de NAVO","mixed")],
  note="unnamed spokesperson -> organisation")
L(A3,"Hollis reist volgende week naar Brussel, waar hij NAVO-topman Sigrid Halvorsen ontmoet.",d=[("volgende week","2028-W39")],per=[GH,H])
L(A3,"Emerson blijft in Washington.",per=[DE])
# ---- A4
DK="Daan Koning"; MO="Mehmet Öztürk"; FS="Femke Smid"
L(A4,"De Tweede Kamer heeft woensdag urenlang gedebatteerd over de defensiebegroting voor 2029.",d=[("woensdag","2028-10-11"),("2029","2029")])
L(A4,"Het kabinet trekt volgend jaar 28,4 miljard euro uit voor de krijgsmacht, ruim 2 miljard euro meer dan dit jaar.",
  d=[("volgend jaar","2029"),("dit jaar","2028")],a=[("28,4 miljard euro",28400000000,"EUR"),("ruim 2 miljard euro",2000000000,"EUR")],
  p=[{"giver":"Nederland","giver_alt":["het kabinet"],"what":"28,4 miljard euro voor de krijgsmacht in 2029","status":"promised"}],
  note="defence budget increase counts as promised (heldout5 convention)")
L(A4,"Minister van Defensie Esther Koning verdedigde de plannen.",per=[EK],note="bare speech act: not a quote")
L(A4,",,Dit is de grootste stap in dertig jaar,\" zei de bewindsvrouw.",[(EK,"direct")],d=[("dertig jaar","P30Y")])
L(A4,",,En het is nog niet genoeg, dat weet ik ook.\"",[(EK,"direct")],note="follow-on quote")
L(A4,"CDA-Kamerlid Daan Koning, geen familie van de minister, vindt dat het kabinet te voorzichtig is.",[(DK,"indirect")],per=[DK],
  note="same surname as the minister")
L(A4,"Hij wil dat Nederland nog dit jaar vier extra Patriot-eenheden bestelt.",d=[("nog dit jaar","2028")],a=[("vier extra Patriot-eenheden",4,"Patriot-eenheden")],
  note="'wil dat' is not a quote; own purchase is not a pledge")
L(A4,",,We lopen achter op Duitsland en Polen,\" zei de CDA'er.",[(DK,"direct")])
L(A4,",,Elke maand uitstel kost ons veiligheid.\"",[(DK,"direct")],note="follow-on quote; 'elke maand' is not a date")
L(A4,"De minister antwoordde dat een bestelling ,,pas zinvol is als de fabriek ook kan leveren\".",[(EK,"mixed")])
L(A4,"Volgens haar ligt de eerste levering op zijn vroegst in 2031.",[(EK,"indirect")],d=[("2031","2031")])
L(A4,"D66-Kamerlid Mehmet Öztürk stelde dat de Kamer ,,niet blind miljarden kan uittrekken\" zonder een plan voor het personeel.",[(MO,"mixed")],per=[MO])
L(A4,"Defensie kampt met ongeveer 9000 openstaande vacatures.",a=[("9000 openstaande vacatures",9000,"vacatures")])
L(A4,"Öztürk diende samen met Daan Koning een motie in voor een personeelsplan.",per=[MO,DK],note="a motion is not a pledge nor a quote")
L(A4,"SP-Kamerlid Femke Smid waarschuwde dat de zorg en het onderwijs uiteindelijk de rekening betalen.",[(FS,"indirect")],per=[FS])
L(A4,",,Iedere euro kun je maar één keer uitgeven,\" zei ze.",[(FS,"direct")])
L(A4,"Smid kreeg bijval van de PvdD, maar een meerderheid voor haar voorstel om de stijging te halveren is er niet.",per=[FS])
L(A4,"Premier Ruben Molenaar was niet bij het debat aanwezig.",per=[RM])
L(A4,"Hij zit deze week in Washington voor overleg met de Amerikaanse regering.",d=[("deze week","2028-W41")])
L(A4,"De minister zei dat ze voor 1 december met een personeelsplan naar de Kamer komt.",[(EK,"indirect")],d=[("1 december","2028-12-01")])
L(A4,"Over de motie van Öztürk en Koning wordt dinsdag gestemd.",d=[("dinsdag","2028-10-17")],per=[MO,DK],note="'Koning' here is Daan Koning (co-author of the motion)")
# ---- A5
JW="Jan-Willem Van den Bossche"; BD="Benoît Delcourt"; KV="Katrien Van der Straeten"; LV="Lieve Vanhoutte"; EY="Emre Yıldırım"
L(A5,"Na een nachtelijk kernkabinet raakten de coalitiepartners het maandag niet eens over de aankoop van elf extra F-35-gevechtsvliegtuigen.",
  d=[("maandag","2028-11-20")],a=[("elf extra F-35-gevechtsvliegtuigen",11,"F-35-gevechtsvliegtuigen")],note="own purchase: no pledge")
L(A5,"Premier Jan-Willem Van den Bossche probeerde de schade te beperken.",per=[JW])
L(A5,"‘Er is geen crisis, er is een meningsverschil’, zei hij dinsdagochtend in de Kamer.",[(JW,"direct")],d=[("dinsdagochtend","2028-11-21")])
L(A5,"‘En meningsverschillen lossen we op zoals altijd: aan tafel.’",[(JW,"direct")],note="follow-on quote")
L(A5,"Vicepremier Benoît Delcourt (MR) ziet dat anders.",per=[BD],note="stance without content: not a quote")
L(A5,"Volgens hem heeft de N-VA ‘de afspraken van het regeerakkoord eenzijdig opengebroken’.",[(BD,"mixed")])
L(A5,"Minister van Defensie Katrien Van der Straeten (N-VA) wil dat België de toestellen nog dit jaar bestelt.",d=[("nog dit jaar","2028")],per=[KV],
  note="'wil dat' is not a quote")
L(A5,"Ze herhaalde dat de Amerikaanse fabrikant de huidige prijs maar tot eind maart garandeert.",[(KV,"indirect")],d=[("eind maart","2029-03")])
L(A5,"‘Wie nu twijfelt, betaalt straks 400 miljoen euro meer’, zei ze.",[(KV,"direct")],a=[("400 miljoen euro",400000000,"EUR")])
L(A5,"Vicepremier Lieve Vanhoutte sprak van ‘een vliegtuig te veel en een raket te weinig’.",[(LV,"mixed")],per=[LV])
L(A5,"Ze stelde dat België eerst zijn belofte van 1 miljard euro militaire steun aan Oekraïne voor 2029 moet nakomen.",[(LV,"indirect")],
  d=[("2029","2029")],a=[("1 miljard euro",1000000000,"EUR")],
  p=[{"giver":"België","what":"1 miljard euro militaire steun aan Oekraïne voor 2029","status":"promised"}])
L(A5,"Die belofte deed de vorige regering in 2026.",d=[("2026","2026")],note="same pledge as the previous sentence, not listed twice")
L(A5,"Van de steun is volgens het ministerie van Financiën tot nu toe ongeveer 40 procent uitbetaald.",[("het ministerie van Financiën","indirect")],
  a=[("ongeveer 40 procent",40,"%")])
L(A5,"Oppositieleider Emre Yıldırım (PVDA) noemde de ruzie ‘een schouwspel dat het land niet verdient’.",[(EY,"mixed")],per=[EY])
L(A5,"Hij wil dat de premier volgende week in de Kamer uitleg geeft.",d=[("volgende week","2028-W48")],note="'wil dat' is not a quote")
L(A5,"‘Elke week vertraging schuift de levering verder op’, zei een woordvoerder van het ministerie.",[("het ministerie van Defensie","direct")],
  note="unnamed spokesperson -> organisation; 'elke week' is not a date")
L(A5,"Ingewijden zeggen dat Van den Bossche vrijdag een compromisvoorstel op tafel wil leggen.",[("Ingewijden","indirect")],d=[("vrijdag","2028-11-24")],per=[JW])
L(A5,"Van den Bossche overlegt dinsdagmiddag met de voorzitters van de vijf meerderheidspartijen.",d=[("dinsdagmiddag","2028-11-21")],per=[JW],
  a=[("vijf meerderheidspartijen",5,"meerderheidspartijen")])
L(A5,"Ook Delcourt en Vanhoutte schuiven aan.",per=[BD,LV])
L(A5,"Van der Straeten is er niet bij: zij vertrekt dinsdag naar een vergadering van de Europese defensieministers in Brussel.",d=[("dinsdag","2028-11-21")],per=[KV])

texts={}
bad=0
for o in G:
    t=texts.setdefault(o["file"],open(o["file"],encoding="utf-8").read())
    if o["sentence"] not in t: print("MISSING",o["file"],o["sentence"]); bad+=1
    if t.count(o["sentence"])>1 and len(o["sentence"])<40: print("AMBIG",o["sentence"])
    for d in o["dates"]:
        assert d["text"] in o["sentence"],d
    for a in o["amounts"]:
        assert a["text"] in o["sentence"],a
    for q in o["quotes"]: assert q["kind"] in ("direct","indirect","mixed")
assert not bad
with open("gold.jsonl","w",encoding="utf-8") as f:
    for o in G: f.write(json.dumps(o,ensure_ascii=False)+"\n")
print("lines",len(G),"quotes",sum(len(o["quotes"]) for o in G),
      "dates",sum(len(o["dates"]) for o in G),"amounts",sum(len(o["amounts"]) for o in G),
      "pledges",sum(len(o["pledges"]) for o in G),"persons",sum(len(o["persons"]) for o in G))
import collections
print(collections.Counter(q["kind"] for o in G for q in o["quotes"]))
print(collections.Counter(o["file"] for o in G))
