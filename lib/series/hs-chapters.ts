// Short names of the HS chapters (Harmonized System 2-digit headings), in the four locales: one code list. A
// classification, not data: used where a stored series title carries only the code ("HS 84") and wherever a page
// names a chapter. English: the WCO nomenclature's chapter titles, abridged. Russian: the group names of the EAEU
// Commodity Nomenclature (ТН ВЭД ЕАЭС); Kazakh: its Kazakh edition (ЕАЭО СЭҚ ТН); Chinese: the chapter titles of
// China's Customs Tariff (中华人民共和国进出口税则) — each abridged the way the English is (docs/glossary.md §3a says
// where they come from and how sure each is). API JSON and CSV keep the English names.

type ChapterLocale = "en" | "ru" | "kk" | "zh";

const HS_CHAPTERS: Readonly<Record<string, Readonly<Record<ChapterLocale, string>>>> = {
  "01": { en: "Live animals", ru: "Живые животные", kk: "Тірі жануарлар", zh: "活动物" },
  "02": {
    en: "Meat and edible meat offal",
    ru: "Мясо и пищевые мясные субпродукты",
    kk: "Ет және тағамдық ет қосалқы өнімдері",
    zh: "肉及食用杂碎",
  },
  "03": {
    en: "Fish and crustaceans",
    ru: "Рыба и ракообразные, моллюски",
    kk: "Балық және шаянтәрізділер, моллюскалар",
    zh: "鱼、甲壳动物、软体动物",
  },
  "04": {
    en: "Dairy produce; eggs; honey",
    ru: "Молочная продукция; яйца птиц; мед натуральный",
    kk: "Сүт өнімдері; құс жұмыртқалары; табиғи бал",
    zh: "乳品；蛋品；天然蜂蜜",
  },
  "05": {
    en: "Other products of animal origin",
    ru: "Прочие продукты животного происхождения",
    kk: "Жануарлардан алынатын басқа өнімдер",
    zh: "其他动物产品",
  },
  "06": {
    en: "Live trees and plants; cut flowers",
    ru: "Живые деревья и растения; срезанные цветы",
    kk: "Тірі ағаштар мен өсімдіктер; кесілген гүлдер",
    zh: "活树及其他活植物；插花",
  },
  "07": {
    en: "Edible vegetables",
    ru: "Овощи и некоторые съедобные корнеплоды",
    kk: "Көкөністер және кейбір жеуге жарамды тамыржемістілер",
    zh: "食用蔬菜、根及块茎",
  },
  "08": { en: "Edible fruit and nuts", ru: "Съедобные фрукты и орехи", kk: "Жеуге жарамды жемістер мен жаңғақтар", zh: "食用水果及坚果" },
  "09": {
    en: "Coffee, tea, maté and spices",
    ru: "Кофе, чай, мате и пряности",
    kk: "Кофе, шай, мате және дәмдеуіштер",
    zh: "咖啡、茶、马黛茶及调味香料",
  },
  "10": { en: "Cereals", ru: "Злаки", kk: "Дәнді дақылдар", zh: "谷物" },
  "11": {
    en: "Milling products; malt; starches",
    ru: "Продукция мукомольно-крупяной промышленности; солод; крахмалы",
    kk: "Ұн тарту-жарма өнеркәсібінің өнімдері; уыт; крахмалдар",
    zh: "制粉工业产品；麦芽；淀粉",
  },
  "12": { en: "Oil seeds and oleaginous fruits", ru: "Масличные семена и плоды", kk: "Майлы тұқымдар мен жемістер", zh: "含油子仁及果实" },
  "13": { en: "Lac; gums, resins", ru: "Шеллак; камеди, смолы", kk: "Шеллак; камедьтер, шайырлар", zh: "虫胶；树胶、树脂" },
  "14": {
    en: "Vegetable plaiting materials",
    ru: "Растительные материалы для изготовления плетеных изделий",
    kk: "Өрме бұйымдар жасауға арналған өсімдік материалдары",
    zh: "编结用植物材料",
  },
  "15": {
    en: "Animal or vegetable fats and oils",
    ru: "Жиры и масла животного или растительного происхождения",
    kk: "Жануарлардан немесе өсімдіктерден алынатын майлар",
    zh: "动、植物油、脂",
  },
  "16": {
    en: "Preparations of meat or fish",
    ru: "Готовые продукты из мяса или рыбы",
    kk: "Еттен немесе балықтан дайындалған өнімдер",
    zh: "肉、鱼的制品",
  },
  "17": {
    en: "Sugars and sugar confectionery",
    ru: "Сахар и кондитерские изделия из сахара",
    kk: "Қант және қанттан жасалған кондитерлік бұйымдар",
    zh: "糖及糖食",
  },
  "18": {
    en: "Cocoa and cocoa preparations",
    ru: "Какао и продукты из него",
    kk: "Какао және одан жасалған өнімдер",
    zh: "可可及可可制品",
  },
  "19": {
    en: "Preparations of cereals, flour, starch or milk",
    ru: "Готовые продукты из зерна злаков, муки, крахмала или молока",
    kk: "Дәнді дақылдардан, ұннан, крахмалдан немесе сүттен дайындалған өнімдер",
    zh: "谷物、粮食粉、淀粉或乳的制品",
  },
  "20": {
    en: "Preparations of vegetables, fruit or nuts",
    ru: "Продукты переработки овощей, фруктов или орехов",
    kk: "Көкөністерді, жемістерді немесе жаңғақтарды қайта өңдеу өнімдері",
    zh: "蔬菜、水果或坚果的制品",
  },
  "21": { en: "Miscellaneous edible preparations", ru: "Разные пищевые продукты", kk: "Әртүрлі тағамдық өнімдер", zh: "杂项食品" },
  "22": {
    en: "Beverages, spirits and vinegar",
    ru: "Алкогольные и безалкогольные напитки и уксус",
    kk: "Алкогольді және алкогольсіз сусындар және сірке суы",
    zh: "饮料、酒及醋",
  },
  "23": {
    en: "Food industry residues; animal fodder",
    ru: "Остатки и отходы пищевой промышленности; готовые корма для животных",
    kk: "Тамақ өнеркәсібінің қалдықтары; жануарларға арналған дайын жемдер",
    zh: "食品工业的残渣及废料；配制的动物饲料",
  },
  "24": { en: "Tobacco", ru: "Табак", kk: "Темекі", zh: "烟草" },
  "25": {
    en: "Salt; sulphur; earths and stone; cement",
    ru: "Соль; сера; земли и камень; цемент",
    kk: "Тұз; күкірт; топырақтар мен тас; цемент",
    zh: "盐；硫磺；泥土及石料；水泥",
  },
  "26": { en: "Ores, slag and ash", ru: "Руды, шлак и зола", kk: "Кендер, қож және күл", zh: "矿砂、矿渣及矿灰" },
  "27": {
    en: "Mineral fuels and oils",
    ru: "Топливо минеральное, нефть и продукты их перегонки",
    kk: "Минералдық отын, мұнай және оларды айдау өнімдері",
    zh: "矿物燃料、矿物油及其蒸馏产品",
  },
  "28": {
    en: "Inorganic chemicals; rare earths, radioactive elements",
    ru: "Продукты неорганической химии; редкоземельные металлы, радиоактивные элементы",
    kk: "Бейорганикалық химия өнімдері; сирек жер металдары, радиоактивті элементтер",
    zh: "无机化学品；稀土金属、放射性元素",
  },
  "29": { en: "Organic chemicals", ru: "Органические химические соединения", kk: "Органикалық химиялық қосылыстар", zh: "有机化学品" },
  "30": { en: "Pharmaceutical products", ru: "Фармацевтическая продукция", kk: "Фармацевтикалық өнімдер", zh: "药品" },
  "31": { en: "Fertilisers", ru: "Удобрения", kk: "Тыңайтқыштар", zh: "肥料" },
  "32": {
    en: "Tanning or dyeing extracts; paints and inks",
    ru: "Экстракты дубильные или красильные; краски и чернила",
    kk: "Илегіш немесе бояғыш экстрактілер; бояулар мен сиялар",
    zh: "鞣料浸膏及染料浸膏；油漆及油墨",
  },
  "33": {
    en: "Essential oils; perfumery, cosmetics",
    ru: "Эфирные масла; парфюмерные и косметические средства",
    kk: "Эфир майлары; парфюмерлік және косметикалық құралдар",
    zh: "精油；芳香料制品及化妆盥洗品",
  },
  "34": {
    en: "Soap, washing and lubricating preparations",
    ru: "Мыло, моющие и смазочные средства",
    kk: "Сабын, жуу және майлау құралдары",
    zh: "肥皂、洗涤剂、润滑剂",
  },
  "35": {
    en: "Albuminoidal substances; glues; enzymes",
    ru: "Белковые вещества; клеи; ферменты",
    kk: "Ақуызды заттар; желімдер; ферменттер",
    zh: "蛋白类物质；胶；酶",
  },
  "36": {
    en: "Explosives; pyrotechnics; matches",
    ru: "Взрывчатые вещества; пиротехнические изделия; спички",
    kk: "Жарылғыш заттар; пиротехникалық бұйымдар; сіріңкелер",
    zh: "炸药；烟火制品；火柴",
  },
  "37": { en: "Photographic or cinematographic goods", ru: "Фото- и кинотовары", kk: "Фото- және кинотауарлар", zh: "照相及电影用品" },
  "38": { en: "Miscellaneous chemical products", ru: "Прочие химические продукты", kk: "Басқа да химиялық өнімдер", zh: "杂项化学产品" },
  "39": {
    en: "Plastics and articles thereof",
    ru: "Пластмассы и изделия из них",
    kk: "Пластмассалар және олардан жасалған бұйымдар",
    zh: "塑料及其制品",
  },
  "40": {
    en: "Rubber and articles thereof",
    ru: "Каучук, резина и изделия из них",
    kk: "Каучук, резеңке және олардан жасалған бұйымдар",
    zh: "橡胶及其制品",
  },
  "41": {
    en: "Raw hides and skins; leather",
    ru: "Необработанные шкуры и выделанная кожа",
    kk: "Өңделмеген терілер және иленген былғары",
    zh: "生皮及皮革",
  },
  "42": {
    en: "Articles of leather; handbags, travel goods",
    ru: "Изделия из кожи; дамские сумки, дорожные принадлежности",
    kk: "Былғарыдан жасалған бұйымдар; әйелдер сөмкелері, жол керек-жарақтары",
    zh: "皮革制品；手提包、旅行用品",
  },
  "43": { en: "Furskins and artificial fur", ru: "Натуральный и искусственный мех", kk: "Табиғи және жасанды үлбір", zh: "毛皮、人造毛皮" },
  "44": { en: "Wood and articles of wood", ru: "Древесина и изделия из нее", kk: "Сүрек және одан жасалған бұйымдар", zh: "木及木制品" },
  "45": { en: "Cork", ru: "Пробка", kk: "Тығын", zh: "软木" },
  "46": {
    en: "Basketware and wickerwork",
    ru: "Корзиночные и другие плетеные изделия",
    kk: "Себет бұйымдары және басқа да өрме бұйымдар",
    zh: "篮筐及柳条编结品",
  },
  "47": {
    en: "Wood pulp; recovered paper",
    ru: "Масса из древесины; макулатура",
    kk: "Сүректен жасалған масса; қайта өңделетін қағаз",
    zh: "木浆；回收纸或纸板",
  },
  "48": { en: "Paper and paperboard", ru: "Бумага и картон", kk: "Қағаз және картон", zh: "纸及纸板" },
  "49": { en: "Printed books, newspapers", ru: "Печатные книги, газеты", kk: "Баспа кітаптары, газеттер", zh: "书籍、报纸等印刷品" },
  "50": { en: "Silk", ru: "Шелк", kk: "Жібек", zh: "蚕丝" },
  "51": {
    en: "Wool and animal hair",
    ru: "Шерсть, тонкий или грубый волос животных",
    kk: "Жүн, жануарлардың жіңішке немесе қатты қылы",
    zh: "羊毛、动物细毛或粗毛",
  },
  "52": { en: "Cotton", ru: "Хлопок", kk: "Мақта", zh: "棉花" },
  "53": {
    en: "Other vegetable textile fibres",
    ru: "Прочие растительные текстильные волокна",
    kk: "Басқа да өсімдік текстиль талшықтары",
    zh: "其他植物纺织纤维",
  },
  "54": { en: "Man-made filaments", ru: "Химические нити", kk: "Химиялық жіптер", zh: "化学纤维长丝" },
  "55": { en: "Man-made staple fibres", ru: "Химические волокна", kk: "Химиялық талшықтар", zh: "化学纤维短纤" },
  "56": {
    en: "Wadding, felt, nonwovens; twine, ropes",
    ru: "Вата, войлок, нетканые материалы; бечевки, веревки",
    kk: "Мақта, киіз, тоқыма емес материалдар; жіптер, арқандар",
    zh: "絮胎、毡呢及无纺织物；线、绳",
  },
  "57": { en: "Carpets", ru: "Ковры", kk: "Кілемдер", zh: "地毯" },
  "58": { en: "Special woven fabrics; lace", ru: "Специальные ткани; кружева", kk: "Арнайы маталар; шілтерлер", zh: "特种机织物；花边" },
  "59": {
    en: "Impregnated or coated textile fabrics",
    ru: "Текстильные материалы, пропитанные или с покрытием",
    kk: "Сіңдірілген немесе жабыны бар текстиль материалдары",
    zh: "浸渍、涂布、包覆的纺织物",
  },
  "60": {
    en: "Knitted or crocheted fabrics",
    ru: "Трикотажные полотна машинного или ручного вязания",
    kk: "Машинамен немесе қолмен тоқылған трикотаж полотнолары",
    zh: "针织物及钩编织物",
  },
  "61": {
    en: "Apparel, knitted or crocheted",
    ru: "Одежда трикотажная машинного или ручного вязания",
    kk: "Машинамен немесе қолмен тоқылған трикотаж киім",
    zh: "针织或钩编的服装",
  },
  "62": {
    en: "Apparel, not knitted or crocheted",
    ru: "Одежда, кроме трикотажной",
    kk: "Трикотаждан басқа киім",
    zh: "非针织或非钩编的服装",
  },
  "63": {
    en: "Other made-up textile articles; worn clothing",
    ru: "Прочие готовые текстильные изделия; одежда, бывшая в употреблении",
    kk: "Басқа да дайын текстиль бұйымдары; пайдаланылған киім",
    zh: "其他纺织制成品；旧衣着",
  },
  "64": { en: "Footwear", ru: "Обувь", kk: "Аяқ киім", zh: "鞋靴" },
  "65": { en: "Headgear", ru: "Головные уборы", kk: "Бас киімдер", zh: "帽类" },
  "66": { en: "Umbrellas, walking sticks", ru: "Зонты, трости", kk: "Қолшатырлар, таяқтар", zh: "雨伞、手杖" },
  "67": {
    en: "Prepared feathers; artificial flowers",
    ru: "Обработанные перья и пух; искусственные цветы",
    kk: "Өңделген қауырсындар мен мамық; жасанды гүлдер",
    zh: "已加工羽毛、羽绒；人造花",
  },
  "68": {
    en: "Articles of stone, plaster, cement",
    ru: "Изделия из камня, гипса, цемента",
    kk: "Тастан, гипстен, цементтен жасалған бұйымдар",
    zh: "石料、石膏、水泥制品",
  },
  "69": { en: "Ceramic products", ru: "Керамические изделия", kk: "Керамикалық бұйымдар", zh: "陶瓷产品" },
  "70": { en: "Glass and glassware", ru: "Стекло и изделия из него", kk: "Шыны және одан жасалған бұйымдар", zh: "玻璃及其制品" },
  "71": {
    en: "Pearls, precious stones and metals; jewellery",
    ru: "Жемчуг, драгоценные камни и металлы; бижутерия",
    kk: "Інжу, асыл тастар мен металдар; зергерлік әшекейлер",
    zh: "珍珠、宝石、贵金属；仿首饰",
  },
  "72": { en: "Iron and steel", ru: "Черные металлы", kk: "Қара металдар", zh: "钢铁" },
  "73": { en: "Articles of iron or steel", ru: "Изделия из черных металлов", kk: "Қара металдардан жасалған бұйымдар", zh: "钢铁制品" },
  "74": { en: "Copper and articles thereof", ru: "Медь и изделия из нее", kk: "Мыс және одан жасалған бұйымдар", zh: "铜及其制品" },
  "75": { en: "Nickel and articles thereof", ru: "Никель и изделия из него", kk: "Никель және одан жасалған бұйымдар", zh: "镍及其制品" },
  "76": {
    en: "Aluminium and articles thereof",
    ru: "Алюминий и изделия из него",
    kk: "Алюминий және одан жасалған бұйымдар",
    zh: "铝及其制品",
  },
  "78": { en: "Lead and articles thereof", ru: "Свинец и изделия из него", kk: "Қорғасын және одан жасалған бұйымдар", zh: "铅及其制品" },
  "79": { en: "Zinc and articles thereof", ru: "Цинк и изделия из него", kk: "Мырыш және одан жасалған бұйымдар", zh: "锌及其制品" },
  "80": { en: "Tin and articles thereof", ru: "Олово и изделия из него", kk: "Қалайы және одан жасалған бұйымдар", zh: "锡及其制品" },
  "81": {
    en: "Other base metals; cermets",
    ru: "Прочие недрагоценные металлы; металлокерамика",
    kk: "Басқа да бағалы емес металдар; металлокерамика",
    zh: "其他贱金属；金属陶瓷",
  },
  "82": {
    en: "Tools and cutlery of base metal",
    ru: "Инструменты и ножевые изделия из недрагоценных металлов",
    kk: "Бағалы емес металдардан жасалған құралдар мен пышақ бұйымдары",
    zh: "贱金属工具、利口器",
  },
  "83": {
    en: "Miscellaneous articles of base metal",
    ru: "Прочие изделия из недрагоценных металлов",
    kk: "Бағалы емес металдардан жасалған басқа да бұйымдар",
    zh: "贱金属杂项制品",
  },
  "84": {
    en: "Machinery and mechanical appliances",
    ru: "Оборудование и механические устройства",
    kk: "Жабдықтар және механикалық құрылғылар",
    zh: "机器、机械器具",
  },
  "85": {
    en: "Electrical machinery and equipment",
    ru: "Электрические машины и оборудование",
    kk: "Электр машиналары мен жабдықтары",
    zh: "电机、电气设备",
  },
  "86": {
    en: "Railway locomotives and rolling stock",
    ru: "Железнодорожные локомотивы и подвижной состав",
    kk: "Темір жол локомотивтері және жылжымалы құрам",
    zh: "铁道机车及车辆",
  },
  "87": {
    en: "Vehicles other than railway",
    ru: "Средства наземного транспорта, кроме железнодорожного",
    kk: "Темір жолдан басқа жерүсті көлік құралдары",
    zh: "车辆（铁道车辆除外）",
  },
  "88": {
    en: "Aircraft and spacecraft",
    ru: "Летательные аппараты, космические аппараты",
    kk: "Ұшу аппараттары, ғарыш аппараттары",
    zh: "航空器、航天器",
  },
  "89": {
    en: "Ships and boats",
    ru: "Суда, лодки и плавучие конструкции",
    kk: "Кемелер, қайықтар және жүзбелі құрылымдар",
    zh: "船舶及浮动结构体",
  },
  "90": {
    en: "Optical, measuring and medical instruments",
    ru: "Инструменты и аппараты оптические, измерительные, медицинские",
    kk: "Оптикалық, өлшеу, медициналық аспаптар мен аппараттар",
    zh: "光学、计量、医疗仪器及设备",
  },
  "91": { en: "Clocks and watches", ru: "Часы всех видов", kk: "Сағаттардың барлық түрлері", zh: "钟表" },
  "92": { en: "Musical instruments", ru: "Музыкальные инструменты", kk: "Музыкалық аспаптар", zh: "乐器" },
  "93": { en: "Arms and ammunition", ru: "Оружие и боеприпасы", kk: "Қару және оқ-дәрілер", zh: "武器、弹药" },
  "94": {
    en: "Furniture; bedding; lamps; prefabricated buildings",
    ru: "Мебель; постельные принадлежности; светильники; сборные строительные конструкции",
    kk: "Жиһаз; төсек-орын керек-жарақтары; шамдар; құрама құрылыс конструкциялары",
    zh: "家具；寝具；灯具；活动房屋",
  },
  "95": {
    en: "Toys, games and sports equipment",
    ru: "Игрушки, игры и спортивный инвентарь",
    kk: "Ойыншықтар, ойындар және спорт мүкәммалы",
    zh: "玩具、游戏品、运动用品",
  },
  "96": { en: "Miscellaneous manufactured articles", ru: "Разные готовые изделия", kk: "Әртүрлі дайын бұйымдар", zh: "杂项制品" },
  "97": {
    en: "Works of art and antiques",
    ru: "Произведения искусства и антиквариат",
    kk: "Өнер туындылары және антиквариат",
    zh: "艺术品、收藏品及古物",
  },
  "98": {
    en: "Special classification provisions (national use)",
    ru: "Специальная классификация (для национального использования)",
    kk: "Арнайы жіктеу (ұлттық пайдалану үшін)",
    zh: "特殊交易品及未分类商品",
  },
  "99": {
    en: "Commodities not elsewhere specified",
    ru: "Товары, не включенные в другие группы",
    kk: "Басқа топтарға енгізілмеген тауарлар",
    zh: "未列名商品",
  },
};

const isChapterLocale = (locale: string): locale is ChapterLocale =>
  locale === "en" || locale === "ru" || locale === "kk" || locale === "zh";

/** "84" → "Machinery and mechanical appliances" (or the locale's name: "Оборудование и механические устройства"); unknown codes → "HS 84". */
export function hsChapterName(chapter: string, locale = "en"): string {
  const names = HS_CHAPTERS[chapter];
  return names ? names[isChapterLocale(locale) ? locale : "en"] : `HS ${chapter}`;
}

/**
 * The name a page shows for a chapter: in English the stored label (the source's own title) where there is one, else
 * the short name; in the other locales the nomenclature's name in that locale (the stored label is English).
 */
export function chapterLabel(chapter: string, storedLabel: string, locale = "en"): string {
  if (locale === "en" || !HS_CHAPTERS[chapter]) return storedLabel || hsChapterName(chapter);
  return hsChapterName(chapter, locale);
}
