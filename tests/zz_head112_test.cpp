// head112: the opening of a page. A standfirst under a headline whose date line the page prints over it, over the
// author's bare name and the place the author files from, share buttons perhaps, then the text, is the lede, the name
// the byline and the place the dateline (name_and_place_over_text(), classify_lede.cpp; mark_names_under_headline(),
// classify_meta.cpp); a person's name over an opinion column's headline is its topic, no author, when the headline or
// a sentence under it names the person by the last name (named_as_topic(), byline_places.cpp). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

namespace {

// The lines of a page in one language: its masthead and menu, the kicker and date line over the headline, the
// headline, the standfirst, the author and the place, the share buttons, three paragraphs, its footer.
struct Opening {
    std::string lang;
    std::vector<std::string> top;
    std::string title;
    std::string standfirst;
    std::string author;
    std::string place;
    std::vector<std::string> buttons;
    std::vector<std::string> text;
    std::vector<std::string> footer;
};

std::vector<Opening> openings() {
    return {
        {"pt",
         {"Jornal do Minho", "Assinar", "Entrar", "Início", "Política", "Desporto", "Cultura", "Sociedade",
          "3 de dezembro de 2026"},
         "Câmara de Braga abre três novos centros de dia para idosos em 2027",
         "O investimento de 4,2 milhões de euros vai criar 180 vagas nas freguesias mais afastadas do centro. As obras "
         "começam em março.",
         "Rui Tavares",
         "Braga",
         {"Partilhar no Facebook", "Partilhar no WhatsApp"},
         {"A Câmara Municipal de Braga aprovou esta quinta-feira a construção de três novos centros de dia para "
          "idosos, que deverão abrir portas até ao final de 2027 nas freguesias de Palmeira, Tadim e Ruilhe.",
          "Segundo o vereador da Ação Social, Miguel Antunes, os equipamentos vão responder a uma lista de espera que "
          "ultrapassa as duzentas pessoas e que tem crescido todos os anos desde a pandemia.",
          "A oposição votou a favor, mas criticou o atraso do projeto, anunciado pela primeira vez em 2023."},
         {"Leia também", "Hospital de Braga reforça urgências com mais doze médicos", "Termos e condições",
          "\u00a9 2026 Jornal do Minho. Todos os direitos reservados."}},
        {"es",
         {"El Diario del Ebro", "Suscríbete", "Portada", "Política", "Deportes", "Cultura", "Sociedad",
          "3 de diciembre de 2026"},
         "Zaragoza abrirá tres nuevos centros de día para mayores en 2027",
         "La inversión de 4,2 millones de euros creará 180 plazas en los barrios rurales de la ciudad. Las obras "
         "empezarán en marzo.",
         "Lucía Herrero",
         "Zaragoza",
         {},
         {"El Ayuntamiento de Zaragoza aprobó este jueves la construcción de tres nuevos centros de día para mayores, "
          "que deberían abrir sus puertas antes de que termine 2027 en los barrios de Casetas y Monzalbarba.",
          "Según la concejala de Acción Social, Marta Giménez, los centros responderán a una lista de espera que "
          "supera las doscientas personas y que ha crecido cada año desde la pandemia.",
          "La oposición votó a favor, aunque criticó el retraso de un proyecto anunciado por primera vez en 2023."},
         {"Te puede interesar", "El hospital refuerza las urgencias con doce médicos más", "Aviso legal",
          "\u00a9 2026 El Diario del Ebro"}},
        {"it",
         {"Il Corriere di Brescia", "Abbonati", "Home", "Politica", "Sport", "Cultura", "Cronaca", "3 dicembre 2026"},
         "Brescia apre tre nuovi centri diurni per anziani nel 2027",
         "L'investimento da 4,2 milioni di euro creerà 180 posti nei quartieri periferici. I lavori partiranno a "
         "marzo.",
         "Chiara Lombardi",
         "Brescia",
         {"Condividi su Facebook", "Condividi su WhatsApp"},
         {"Il Comune di Brescia ha approvato giovedì la costruzione di tre nuovi centri diurni per anziani, che "
          "dovrebbero aprire entro la fine del 2027 nei quartieri di Sanpolino, Folzano e Buffalora.",
          "Secondo l'assessore ai servizi sociali Marco Gatti, le strutture risponderanno a una lista d'attesa che "
          "supera le duecento persone e che è cresciuta ogni anno dopo la pandemia.",
          "L'opposizione ha votato a favore, ma ha criticato il ritardo di un progetto annunciato per la prima volta "
          "nel 2023."},
         {"Leggi anche", "Ospedale Civile, dodici medici in più per il pronto soccorso", "Privacy",
          "\u00a9 2026 Il Corriere di Brescia"}},
        {"fr",
         {"Le Courrier de l'Ain", "S'abonner", "Accueil", "Politique", "Sport", "Culture", "Société",
          "3 décembre 2026"},
         "Bourg-en-Bresse ouvrira trois nouveaux accueils de jour pour seniors en 2027",
         "L'investissement de 4,2 millions d'euros créera 180 places dans les quartiers éloignés du centre. Les "
         "travaux commenceront en mars.",
         "Camille Perrin",
         "Bourg-en-Bresse",
         {"Partager sur Facebook", "Partager sur WhatsApp"},
         {"Le conseil municipal de Bourg-en-Bresse a voté jeudi la construction de trois nouveaux accueils de jour "
          "pour personnes âgées, qui devraient ouvrir d'ici la fin de l'année 2027 dans trois quartiers.",
          "Selon l'adjointe aux affaires sociales, Sophie Martin, ces structures répondront à une liste d'attente qui "
          "dépasse les deux cents personnes et qui n'a cessé de grandir depuis la pandémie.",
          "L'opposition a voté pour, tout en dénonçant le retard d'un projet annoncé pour la première fois en 2023."},
         {"À lire aussi", "L'hôpital renforce ses urgences avec douze médecins de plus", "Mentions légales",
          "\u00a9 2026 Le Courrier de l'Ain"}},
        {"de",
         {"Mittelbayerische Rundschau", "Abo", "Startseite", "Politik", "Sport", "Kultur", "Gesellschaft",
          "3. Dezember 2026"},
         "Landshut eröffnet 2027 drei neue Tagespflegen für Senioren",
         "Die Investition von 4,2 Millionen Euro schafft 180 Plätze in den Stadtteilen am Rand. Die Bauarbeiten "
         "beginnen im März.",
         "Martina Huber",
         "Landshut",
         {"Auf Facebook teilen", "Auf WhatsApp teilen"},
         {"Der Stadtrat von Landshut hat am Donnerstag den Bau von drei neuen Tagespflegeeinrichtungen für Senioren "
          "beschlossen, die bis Ende 2027 in den Stadtteilen Achdorf und Schönbrunn öffnen sollen.",
          "Nach Angaben von Sozialreferent Thomas Bauer reagiert die Stadt damit auf eine Warteliste von mehr als "
          "zweihundert Menschen, die seit der Pandemie jedes Jahr länger geworden ist.",
          "Die Opposition stimmte zu, kritisierte aber die Verzögerung des Projekts, das erstmals 2023 angekündigt "
          "worden war."},
         {"Mehr zum Thema", "Klinikum stockt die Notaufnahme um zwölf Ärzte auf", "Impressum",
          "\u00a9 2026 Mittelbayerische Rundschau"}},
    };
}

// The page of an opening, `between` printed between the standfirst and the text in place of the name, the place and
// the buttons.
std::string opening_page(const Opening& o, const std::vector<std::string>& between) {
    std::vector<std::string> lines = o.top;
    lines.push_back(o.title);
    lines.push_back(o.standfirst);
    lines.insert(lines.end(), between.begin(), between.end());
    lines.insert(lines.end(), o.text.begin(), o.text.end());
    lines.insert(lines.end(), o.footer.begin(), o.footer.end());
    return test::page_of(lines);
}

std::vector<std::string> signature(const Opening& o) {
    std::vector<std::string> lines = {o.author, o.place};
    lines.insert(lines.end(), o.buttons.begin(), o.buttons.end());
    return lines;
}

} // namespace

TEST_CASE("a standfirst over the author's bare name and place, the date over the headline, is the lede",
          "[head112]") {
    for (const Opening& o : openings()) {
        INFO(o.lang);
        const Article a = parse(opening_page(o, signature(o)), "page.txt");
        CHECK(a.headline == std::optional<std::string>(o.title));
        CHECK(a.lede == std::optional<std::string>(o.standfirst));
        CHECK(a.authors == std::vector<std::string>{o.author});
        CHECK(a.dateline == std::optional<std::string>(o.place));
        REQUIRE_FALSE(a.sections.empty());
        REQUIRE_FALSE(a.sections.front().paragraphs.empty());
        CHECK(a.sections.front().paragraphs.front() == o.text.front());
    }
}

TEST_CASE("near miss: a first paragraph under the headline with no name and place under it is no lede", "[head112]") {
    for (const Opening& o : openings()) {
        INFO(o.lang);
        // (The text's first paragraph right under the headline, the standfirst's line left out.)
        Opening plain = o;
        plain.standfirst = o.text.front();
        plain.text.erase(plain.text.begin());
        const Article a = parse(opening_page(plain, {}), "page.txt");
        CHECK_FALSE(a.lede.has_value());
        CHECK(a.authors.empty());
        REQUIRE_FALSE(a.sections.empty());
        REQUIRE_FALSE(a.sections.front().paragraphs.empty());
        CHECK(a.sections.front().paragraphs.front() == o.text.front());
    }
}

TEST_CASE("near miss: a name and a place over no paragraph of prose part no standfirst from the text", "[head112]") {
    // (A teaser of another article under the standfirst-like line: the name and the place over its title, no
    // sentence; two names over the place; a place of three words.)
    for (const Opening& o : openings()) {
        INFO(o.lang);
        const std::vector<std::vector<std::string>> betweens = {
            {o.author, o.place, o.footer[1], o.footer[0]},
            {o.author, o.place + " Norte Sul"},
        };
        for (const auto& between : betweens) {
            INFO(between.back());
            const Article a = parse(opening_page(o, between), "page.txt");
            CHECK(a.lede != std::optional<std::string>(o.standfirst));
            CHECK(a.dateline != std::optional<std::string>(o.place));
        }
    }
}

namespace {

// An opinion column: its masthead and menu, `label`, `name` over the headline, a date line, share buttons, the
// paragraphs `text`, then `closing` and the footer.
std::string column(const std::vector<std::string>& top, const std::string& label, const std::string& name,
                   const std::string& title, const std::string& date, const std::vector<std::string>& text,
                   const std::vector<std::string>& closing) {
    std::vector<std::string> lines = top;
    lines.insert(lines.end(), {label, name, title, date, "Teilen", "Facebook"});
    lines.insert(lines.end(), text.begin(), text.end());
    lines.insert(lines.end(), closing.begin(), closing.end());
    lines.insert(lines.end(), {"Impressum", "Datenschutz", "\u00a9 2026 Westfälische Neue Presse"});
    return test::page_of(lines);
}

const std::vector<std::string> de_top = {"Westfälische Neue Presse", "Abo", "Anmelden", "Politik", "Sport", "Kultur"};
const std::vector<std::string> it_top = {"La Gazzetta di Pavia", "Abbonati", "Accedi", "Cronaca", "Sport", "Cultura"};

// A columnist's text in the first person, naming nobody.
const std::vector<std::string> de_own = {
    "Jedes Jahr im Dezember nehme ich mir vor, die Wochen vor Weihnachten ruhiger anzugehen, und jedes Jahr scheitere "
    "ich schon in der ersten Woche daran.",
    "Die Kalender sind voll mit Feiern, Konzerten und Aufführungen der Kinder, und zwischen all dem soll man noch "
    "Geschenke finden, die niemand braucht.",
    "Ich habe beschlossen, in diesem Jahr zwei Einladungen abzusagen. Es fühlt sich an wie ein kleiner Sieg."};
const std::vector<std::string> it_own = {
    "Ogni anno a dicembre mi riprometto di vivere con più calma le settimane prima di Natale, e ogni anno fallisco già "
    "nella prima settimana.",
    "I calendari sono pieni di cene, concerti e recite dei bambini, e in mezzo a tutto questo bisogna ancora trovare "
    "regali che nessuno desidera.",
    "Quest'anno ho deciso di rinunciare a due inviti. Mi sembra una piccola vittoria."};

// A text telling of a politician in the third person.
std::vector<std::string> de_about(const std::string& last) {
    return {"Der Ministerpräsident hat in dieser Woche erneut erlebt, wie wenig seine Koalition noch zusammenhält: "
            "Beim Haushalt fehlten ihm gleich drei Stimmen.",
            last + " kann so nicht bis zur nächsten Wahl weiterregieren, ohne dass das Land über Monate "
                   "gelähmt bleibt.",
            "Eine Vertrauensfrage wäre ehrlich. Sie würde zeigen, wer die Regierung noch trägt."};
}
std::vector<std::string> it_about(const std::string& last) {
    return {"Il presidente della Regione ha scoperto questa settimana quanto sia fragile la sua maggioranza: sul "
            "bilancio gli sono mancati tre voti.",
            "Non è chiaro come " + last + " possa governare fino alle prossime elezioni senza bloccare la Regione per "
            "mesi.",
            "Un voto di fiducia sarebbe la strada più onesta. Mostrerebbe chi sostiene ancora la giunta."};
}

} // namespace

TEST_CASE("a name over an opinion column's headline that the headline or the text names again is its topic",
          "[head112]") {
    struct Row {
        std::string page;
        std::string name;
    };
    const std::vector<Row> rows = {
        // (The headline names him.)
        {column(de_top, "Meinung", "Markus Söder", "Warum Söder jetzt die Vertrauensfrage stellen muss",
                "04.12.2026, 18:20 Uhr", de_own, {}),
         "Markus Söder"},
        // (A sentence of the text names him, his genitive too.)
        {column(de_top, "Kommentar", "Thomas Brenner", "Die Vertrauensfrage wäre jetzt der ehrliche Weg",
                "04.12.2026, 18:20 Uhr", de_about("Brenner"), {}),
         "Thomas Brenner"},
        {column(de_top, "Meinung", "Thomas Brenner", "Die Vertrauensfrage wäre jetzt der ehrliche Weg",
                "04.12.2026, 18:20 Uhr", de_about("Brenners Koalition"), {}),
         "Thomas Brenner"},
        {column(it_top, "Opinioni", "Giovanni Ferraris", "Il voto di fiducia sarebbe la strada più onesta",
                "4 dicembre 2026", it_about("Ferraris"), {}),
         "Giovanni Ferraris"},
        {column(it_top, "Editoriale", "Giovanni Ferraris", "Perché Ferraris deve chiedere la fiducia",
                "4 dicembre 2026", it_own, {}),
         "Giovanni Ferraris"},
    };
    for (const auto& r : rows) {
        const Article a = parse(r.page, "column.txt");
        INFO(r.page.substr(0, 200));
        CHECK(std::find(a.authors.begin(), a.authors.end(), r.name) == a.authors.end());
    }
}

TEST_CASE("near miss: a columnist's name over the headline, printed again in the writer's box or a link, is the author",
          "[head112]") {
    struct Row {
        std::string page;
        std::string name;
    };
    const std::vector<Row> rows = {
        {column(de_top, "Kolumne", "Julia Hartmann", "Warum wir im Dezember alle so müde sind", "04.12.2026, 18:20 Uhr",
                de_own, {"Julia Hartmann ist Kolumnistin dieser Zeitung und lebt mit ihrer Familie in Münster."}),
         "Julia Hartmann"},
        {column(de_top, "Meinung", "Julia Hartmann", "Warum wir im Dezember alle so müde sind", "04.12.2026, 18:20 Uhr",
                de_own, {"Mehr von Julia Hartmann", "Alle Kolumnen"}),
         "Julia Hartmann"},
        {column(it_top, "Opinioni", "Giovanni Ferraris", "Perché a dicembre siamo tutti così stanchi",
                "4 dicembre 2026", it_own,
                {"Giovanni Ferraris è giornalista e scrittore, collabora con il nostro giornale dal 2015."}),
         "Giovanni Ferraris"},
        // (A name the text prints only inside another word: "Berger" is no "Berg".)
        {column(de_top, "Kolumne", "Julia Berg", "Warum wir im Dezember alle so müde sind", "04.12.2026, 18:20 Uhr",
                {de_own[0], "Im Dezember fahren die Bergers und die Müllers zu ihren Verwandten, ich bleibe zu Hause "
                            "und lese.",
                 de_own[2]},
                {}),
         "Julia Berg"},
    };
    for (const auto& r : rows) {
        const Article a = parse(r.page, "column.txt");
        INFO(r.page.substr(0, 200));
        CHECK(a.authors == std::vector<std::string>{r.name});
    }
}
