// boiler22: a line opening with a phrase of a word list, bylines of a desk, boxes between the paragraphs of pages in
// other languages than French. Invented lines and pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "closing_arrows.hpp"
#include "lexicon.hpp"
#include "lexicon_openings.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a line opens with a phrase of a word list only as whole words", "[boiler22][lexicon]") {
    const LexiconSection& signoffs = any_language_section("interview_signoffs");
    const LexiconSection& appeals = any_language_section("appeal_titles");
    struct Row {
        const LexiconSection& section;
        const char* lower;
        std::size_t bytes; // of the entry opening the line, 0 for none
    };
    const Row rows[] = {
        {signoffs, "interview by tom hale", std::string_view("interview by").size()},
        {signoffs, "propos recueillis par jeanne morel", std::string_view("propos recueillis par").size()},
        {signoffs, "das gespräch führte anna muster.", std::string_view("das gespräch führte").size()},
        // (the longest phrase: "rozmawiała" and "rozmawiał" are both entries, the shorter ends inside a word)
        {signoffs, "rozmawiała magdalena kruczek", std::string_view("rozmawiała").size()},
        {signoffs, "intervista a cura di marco rossi", std::string_view("intervista a cura di").size()},
        {appeals, "support the harbour ledger", std::string_view("support").size()},
        {appeals, "support: the harbour ledger", std::string_view("support").size()},
        {appeals, "soutenez", std::string_view("soutenez").size()},
        // A phrase going on into a word's letters or digits opens nothing; nor does one inside the line.
        {appeals, "supporters gathered on the quay", 0},
        {appeals, "support2026 campaign", 0},
        {appeals, "steunpunt voor ouderen", 0},
        {signoffs, "an interview by tom hale", 0},
        {appeals, "", 0},
    };
    for (const Row& r : rows) {
        INFO(r.lower);
        CHECK(opens_with_entry(r.section, r.lower) == r.bytes);
    }
}

TEST_CASE("a button's words without the arrows and marks closing them", "[boiler22][lines]") {
    const std::pair<const char*, const char*> rows[] = {
        {"more in sport ›", "more in sport"},     {"mehr aus kultur »", "mehr aus kultur"},
        {"bild ansehen >", "bild ansehen"},       {"donate now! →", "donate now"},
        {"jetzt spenden!!", "jetzt spenden"},     {"  faire un don  ", "faire un don"},
        {"voir la photo", "voir la photo"},       {"» more in sport", "» more in sport"},
        {"a > b", "a > b"},                       {"›", ""},
    };
    for (const auto& [line, words] : rows) {
        INFO(line);
        CHECK(without_closing_arrow(line) == words);
    }
}

namespace {

// The authors of a page parsed whole.
std::vector<std::string> authors_of(const std::string& page) {
    return parse(page, "page.txt").authors;
}

// Whether a line of the page is held in a paragraph of its sections.
bool in_paragraphs(const Article& a, const std::string& line) {
    const auto paragraphs = test::paragraphs_of(a);
    return std::find(paragraphs.begin(), paragraphs.end(), line) != paragraphs.end();
}

// A page, the lines of a box in it that leave the body for boilerplate, and the paragraph under the box, still text.
struct BoxRow {
    const char* page;
    std::vector<std::string> box;
    const char* after;
};

void check_box_rows(const std::vector<BoxRow>& rows) {
    for (const BoxRow& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page, "page.txt");
        for (const std::string& line : r.box) {
            INFO(line);
            CHECK_FALSE(in_paragraphs(a, line));
            CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), line) != a.boilerplate.end());
        }
        CHECK(test::headings_of(a).empty());
        CHECK(in_paragraphs(a, r.after));
    }
}

} // namespace

TEST_CASE("a desk's byline after an outlet's name names the outlet's desk as printed", "[boiler22][byline]") {
    const std::pair<const char*, std::vector<std::string>> rows[] = {
        {"By Harbour Post Staff", {"Harbour Post Staff"}},
        {"By Valley News Staff", {"Valley News Staff"}},
        {"By the Harbour Post Staff", {"Harbour Post Staff"}},
        {"By Coast Radio Newsroom", {"Coast Radio Newsroom"}},
        {"Von Nordsee Kurier Redaktion", {"Nordsee Kurier Redaktion"}},
        // (a call sign, as before; a person's name before the staff word is no outlet's)
        {"By WKVR News Staff", {"WKVR News Staff"}},
    };
    for (const auto& [line, names] : rows) {
        INFO(line);
        const auto read = byline_authors(line, "en");
        REQUIRE(read.has_value());
        CHECK(*read == names);
    }
    // A person's name before the staff word, and a name of no outlet's word, stay a person's.
    for (const char* line : {"By Jane Roe Staff", "By Harbour Roe Staff"}) {
        INFO(line);
        const auto read = byline_authors(line, "en");
        REQUIRE(read.has_value());
        CHECK(read->size() == 1);
        CHECK(read->front().find("Staff") == std::string::npos);
    }
}

TEST_CASE("a desk alone on its line beside the date line signs the text", "[boiler22][byline]") {
    struct Row {
        const char* page;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {R"(Início
Cidade

Nova linha de autocarro liga as aldeias do vale

Redação Costeira
4 de dezembro de 2026

A partir de janeiro, o autocarro passa de hora a hora entre as aldeias do vale e a sede do concelho, anunciou a câmara.

A câmara paga a linha durante os dois primeiros anos e depois vai avaliar quantos passageiros a usam.
)",
         {"Redação Costeira"}},
        {R"(Home
Cronaca

Nuova linea di autobus per i paesi della valle

4 dicembre 2026
Redazione Cronaca

Da gennaio l'autobus passerà ogni ora tra i paesi della valle e il capoluogo, ha annunciato la provincia.

La provincia pagherà la linea per i primi due anni e poi valuterà quanti passeggeri la usano.
)",
         {"Redazione Cronaca"}},
        {R"(Accueil
Région

Une nouvelle ligne de bus relie les villages de la vallée

Rédaction Web
Publié le 4 décembre 2026

Dès janvier, le bus passera toutes les heures entre les villages de la vallée et le chef-lieu, a annoncé le département.

Le département paiera la ligne les deux premières années, puis comptera les voyageurs qui la prennent.
)",
         {"Rédaction Web"}},
        {R"(Startseite
Lokales

Neue Buslinie verbindet die Dörfer im Tal

Ab Januar fährt der Bus stündlich zwischen den Dörfern und der Kreisstadt.

Redaktion Lokales
04.12.2026

Ab Januar fährt der Bus jede Stunde zwischen den Dörfern im Tal und der Kreisstadt, teilte der Landkreis mit.

Der Landkreis zahlt die Linie in den ersten zwei Jahren und prüft danach, wie viele Fahrgäste sie nutzen.
)",
         {"Redaktion Lokales"}},
        // An entry of a menu glued to the other entries is no byline, though the date stands under the menu.
        {R"(Startseite
Lokales
Redaktion Lokales
04.12.2026

Neue Buslinie verbindet die Dörfer im Tal

Ab Januar fährt der Bus jede Stunde zwischen den Dörfern im Tal und der Kreisstadt, teilte der Landkreis mit.

Der Landkreis zahlt die Linie in den ersten zwei Jahren und prüft danach, wie viele Fahrgäste sie nutzen.
)",
         {}},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        CHECK(authors_of(r.page) == r.authors);
    }
}

TEST_CASE("a sign-up box copied without its e-mail field leaves the body", "[boiler22][signup]") {
    check_box_rows({
        {R"(Lago, tornano i battelli serali per l'estate

Tornano le corse serali sul lago: la società di navigazione ha annunciato tre partenze in più ogni sera da giugno.

Il biglietto costerà quattro euro, la metà per chi abita nei comuni della sponda, e le corse dureranno fino a settembre.

Iscriviti alla newsletter
Ogni mattina le notizie del lago nella tua casella di posta.
Iscriviti

I sindaci della sponda hanno accolto la notizia con favore e chiedono ora di estendere il servizio a ottobre.
)",
         {"Iscriviti alla newsletter", "Ogni mattina le notizie del lago nella tua casella di posta.", "Iscriviti"},
         "I sindaci della sponda hanno accolto la notizia con favore e chiedono ora di estendere il servizio a ottobre."},
        {R"(Ponte pedonal sobre o rio abre em março

A nova ponte pedonal sobre o rio vai abrir em março, anunciou a câmara municipal, e vai servir peões e bicicletas.

As obras começaram há um ano e meio e sofreram um atraso de dois meses por causa das cheias do inverno.

Receba as notícias da sua cidade
Subscreva a nossa newsletter diária.
Subscrever

A câmara diz que a ponte vai poupar dez minutos a quem atravessa o rio todos os dias para o trabalho.
)",
         {"Receba as notícias da sua cidade", "Subscreva a nossa newsletter diária.", "Subscrever"},
         "A câmara diz que a ponte vai poupar dez minutos a quem atravessa o rio todos os dias para o trabalho."},
        {R"(Nowy most na rzece otwarty dla kierowców

W czwartek rano na nowy most wjechały pierwsze samochody, a budowa trwała dwa lata i kosztowała miliony złotych.

Most ma dwa pasy ruchu w każdą stronę, chodniki i drogę dla rowerów, a tramwaje pojadą po nim od przyszłego roku.

Zapisz się do newslettera
Najważniejsze wiadomości z regionu codziennie rano.
Zapisz się

Mieszkańcy okolicznych ulic obawiają się jednak większego hałasu i domagają się ekranów akustycznych.
)",
         {"Zapisz się do newslettera", "Najważniejsze wiadomości z regionu codziennie rano.", "Zapisz się"},
         "Mieszkańcy okolicznych ulic obawiają się jednak większego hałasu i domagają się ekranów akustycznych."},
        {R"(Harbour ferry timetable cut over winter

The harbour ferry will run two fewer evening sailings from January, the operator announced on Thursday afternoon.

Passengers who use the last boat home will have to take the bus around the bay, a journey of about forty minutes.

Get the harbour news
The day's local news in your inbox every morning.
Sign up

Councillors said they would ask the operator to restore the sailings in the summer, when the town is busiest.
)",
         {"Get the harbour news", "The day's local news in your inbox every morning.", "Sign up"},
         "Councillors said they would ask the operator to restore the sailings in the summer, when the town is busiest."},
    });
    // A paragraph that speaks of a newsletter, over a short line, glued to it: no box set apart.
    const Article a = parse(R"(Harbour ferry timetable cut over winter

The harbour ferry will run two fewer evening sailings from January, the operator announced on Thursday afternoon.

The operator said it would tell passengers of the change in its newsletter and on the notices at the pier.
Sign up

Councillors said they would ask the operator to restore the sailings in the summer, when the town is busiest.
)",
                            "page.txt");
    CHECK(in_paragraphs(a, "The operator said it would tell passengers of the change in its newsletter and on the "
                           "notices at the pier."));
}

// "Newsletter" / "Seestadt heute" / "<blurb>." / "Einloggen": a newsletter's box whose button asks a reader who is
// not logged in to log in (lexicon section signup_box_pieces) leaves the body as one with a sign-up button does.
TEST_CASE("a newsletter's box closed by a log-in button leaves the body", "[boiler22][signup][boiler26]") {
    check_box_rows({
        {R"(Stadt will zwei Spuren der Seebrücke für Velos opfern

Der Stadtrat plant einen breiten Veloweg auf der Seebrücke, wie er am Mittwoch vor den Medien bekannt gab.

Die Seebrücke ist eine der meistbefahrenen Strassen der Stadt. Täglich überqueren sie rund 30'000 Fahrzeuge.

Newsletter
Seestadt heute
Erhalten Sie die wichtigsten Nachrichten aus der Stadt.
Einloggen

Der Gemeinderat wird im Herbst über das Projekt entscheiden. Bis dahin will der Stadtrat mit den Verbänden reden.
)",
         {"Newsletter", "Seestadt heute", "Erhalten Sie die wichtigsten Nachrichten aus der Stadt.", "Einloggen"},
         "Der Gemeinderat wird im Herbst über das Projekt entscheiden. Bis dahin will der Stadtrat mit den Verbänden reden."},
        {R"(La commune veut fermer deux voies du pont aux voitures

La municipalité prévoit une large piste cyclable sur le pont du Lac, a-t-elle annoncé mercredi devant la presse.

Le pont du Lac est l'un des axes les plus fréquentés de la ville, emprunté chaque jour par 30 000 véhicules.

Newsletter
La Ville ce soir
Chaque soir, l'essentiel de l'actualité de votre ville.
Se connecter

Le conseil communal se prononcera cet automne. D'ici là, la municipalité veut rencontrer les associations.
)",
         {"Newsletter", "La Ville ce soir", "Chaque soir, l'essentiel de l'actualité de votre ville.", "Se connecter"},
         "Le conseil communal se prononcera cet automne. D'ici là, la municipalité veut rencontrer les associations."},
    });
}

TEST_CASE("a cookie banner copied between two paragraphs leaves the body with its buttons", "[boiler22][consent]") {
    check_box_rows({
        {R"(Nordstadt bekommt eine neue Markthalle

Der alte Güterschuppen am Nordbahnhof steht seit fast zwölf Jahren leer und soll nun zur Markthalle werden.

Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten.
Alle akzeptieren
Nur notwendige Cookies

Die Kosten schätzt die Verwaltung auf gut sechs Millionen Euro, ein Drittel davon übernimmt das Land.

Die Händler sollen ihre Stände für fünf Jahre mieten können, bewerben können sich vor allem Betriebe aus der Region.

Kritik kam von der Opposition, die die Pläne für zu teuer hält und Konkurrenz für die Geschäfte der Altstadt fürchtet.
)",
         {"Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten.", "Alle akzeptieren",
          "Nur notwendige Cookies"},
         "Die Kosten schätzt die Verwaltung auf gut sechs Millionen Euro, ein Drittel davon übernimmt das Land."},
        {R"(Fietstunnel onder het spoor gaat in de zomer open

De nieuwe fietstunnel onder het spoor bij station Noord gaat in juli open, heeft de wethouder donderdag bekendgemaakt.

Deze website maakt gebruik van cookies.
Akkoord
Instellingen

Omwonenden klagen al maanden over geluidsoverlast van de bouw, vooral in de nachten dat de treinen niet rijden.
)",
         {"Deze website maakt gebruik van cookies.", "Akkoord", "Instellingen"},
         "Omwonenden klagen al maanden over geluidsoverlast van de bouw, vooral in de nachten dat de treinen niet "
         "rijden."},
        {R"(El mercado de abastos reabre tras dos años de obras

El mercado de abastos del barrio abrió este jueves sus puertas después de dos años de obras bajo una cubierta nueva.

En esta web usamos cookies con fines analíticos y de medición.
Aceptar
Configurar

El ayuntamiento prevé abrir también un espacio de degustación en la planta alta a partir de la primavera.

Los vendedores pagarán el mismo alquiler que antes de las obras durante los dos primeros años, según el concejal.

La asociación de vecinos pide ahora que se amplíe el horario de apertura los sábados por la tarde.
)",
         {"En esta web usamos cookies con fines analíticos y de medición.", "Aceptar", "Configurar"},
         "El ayuntamiento prevé abrir también un espacio de degustación en la planta alta a partir de la primavera."},
    });
    // A sentence of the text on cookies, with no button under it, stays text.
    const char* sentence = "The regulator said the site had set cookies on visitors' computers without asking them first.";
    const Article a = parse(std::string("Regulator fines ferry operator over its website\n\nThe ferry operator was "
                                        "fined on Thursday for the way its booking website tracked its customers.\n\n") +
                                sentence +
                                "\n\nThe operator said it would appeal and that it had changed the site in the "
                                "meantime.\n",
                            "page.txt");
    CHECK(in_paragraphs(a, sentence));
}

TEST_CASE("a gallery's counter of its pictures is boilerplate", "[boiler22][gallery]") {
    const std::pair<const char*, bool> rows[] = { // a line, whether it is a counter
        {"Bild 3 von 12", true}, {"Image 2 of 7", true}, {"Foto 2 de 8", true}, {"Imagem 4 de 10", true},
        {"Zdjęcie 2 z 6", true}, {"Foto 5 van 9", true}, {"Immagine 3 di 10", true}, {"Photo 3 sur 12", true},
        // No picture's word, a number past the count, more words: no counter.
        {"Seite 3 von 12", false}, {"Bild 13 von 12", false}, {"Platz 3 von 12", false},
        {"Foto 2 de 8 euros", false}, {"Image 2 of the flood", false},
    };
    for (const auto& [line, counter] : rows) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line) == counter);
    }
}

TEST_CASE("a long question set apart by more blank lines than the paragraphs heads the text", "[boiler22][heading]") {
    auto page = [](const char* title, const char* p1, const char* p2, const char* gap_over, const char* question,
                   const char* gap_under, const char* p3, const char* p4) {
        return std::string(title) + "\n\n" + p1 + "\n\n" + p2 + "\n" + gap_over + question + "\n" + gap_under + p3 +
               "\n\n" + p4 + "\n";
    };
    const char* en[] = {"What I learned from a year of sea swimming",
                        "I started swimming in the sea last October, mostly because a friend dared me to and I did not "
                        "want to lose the bet.",
                        "The first weeks were hard. The water was cold, the mornings were dark and I was never sure "
                        "whether the tide was coming in.",
                        "Why does anyone get up at six in the morning to swim in water this cold?",
                        "The honest answer is that it makes the rest of the day feel easy, and after a month I could not "
                        "imagine a day without it.",
                        "There is also the company. The regulars on the beach are retired teachers, nurses coming off "
                        "night shifts and students."};
    const char* es[] = {"Lo que aprendí en un año de baños en el mar",
                        "Empecé a bañarme en el mar el pasado octubre, sobre todo porque una amiga me retó y no quería "
                        "perder la apuesta.",
                        "Las primeras semanas fueron duras. El agua estaba fría, las mañanas eran oscuras y nunca sabía "
                        "si la marea subía.",
                        "¿Por qué alguien se levanta a las seis de la mañana para bañarse en un agua tan fría?",
                        "La respuesta sincera es que el resto del día parece fácil, y al cabo de un mes no imaginaba "
                        "empezar un día sin ello.",
                        "También está la compañía. Los habituales de la playa son maestros jubilados, enfermeras y "
                        "estudiantes de la universidad."};
    const char* de[] = {"Was ich in einem Jahr Schwimmen im Meer gelernt habe",
                        "Ich habe im vergangenen Oktober angefangen, im Meer zu schwimmen, vor allem weil eine Freundin "
                        "mich herausgefordert hat.",
                        "Die ersten Wochen waren hart. Das Wasser war kalt, die Morgen waren dunkel und ich wusste nie, "
                        "ob die Flut kam.",
                        "Warum steht überhaupt jemand um sechs Uhr morgens auf, um in so kaltem Wasser zu schwimmen?",
                        "Die ehrliche Antwort ist, dass der Rest des Tages danach leicht wirkt, und nach einem Monat "
                        "wollte ich nicht mehr ohne.",
                        "Dazu kommt die Gesellschaft. Am Strand treffen sich pensionierte Lehrer, Pflegerinnen nach der "
                        "Nachtschicht und Studenten."};
    for (const auto& [lang, t] : {std::pair{"en", en}, std::pair{"es", es}, std::pair{"de", de}}) {
        // Set apart by three blank lines over it and two under it: the post's heading.
        const std::string apart = page(t[0], t[1], t[2], "\n\n\n", t[3], "\n\n", t[4], t[5]);
        INFO(apart);
        CHECK(test::headings_of(classify(segment(apart), lang)) == std::vector<std::string>{t[3]});
        // Parted from the paragraphs by one blank line as they are: a question of the text.
        const std::string inside = page(t[0], t[1], t[2], "\n", t[3], "\n", t[4], t[5]);
        INFO(inside);
        CHECK(test::headings_of(classify(segment(inside), lang)).empty());
    }
}

TEST_CASE("a line ending in '!' with more blank lines over it than the headings have is a picture's caption",
          "[boiler22][heading]") {
    // A post whose headings end in "!", glued over their text under two blank lines; the caption under `caption_gap`.
    struct Post {
        const char* lang;
        const char* intro;
        const char* lines[9]; // title, heading, two paragraphs, caption, two paragraphs, heading, paragraph
    };
    auto page = [](const Post& t, const char* caption_gap) {
        const auto& l = t.lines;
        return std::string(l[0]) + "\n\n" + t.intro + "\n\n\n" + l[1] + "\n" + l[2] + "\n\n" + l[3] + "\n" + caption_gap + l[4] + "\n" +
               l[5] + "\n\n" + l[6] + "\n\n\n" + l[7] + "\n" + l[8] + "\n";
    };
    const Post posts[] = {
        {"en", "Five days, two tents and one map: this is how our walk along the coast went, day by day.",
         {"Our week on the coast path", "Day one, here we go!",
          "We set off from the harbour on a grey Monday morning with two tents and far too much food for five days.",
          "By the second day the weather had cleared and we could see the islands from the cliffs above the bay.",
          "The whole crew at the top of the pass!",
          "The third day was the longest. We left the hut before five, and by noon we were eating at the cairn.",
          "The descent took another four hours, most of it on loose stones, and we reached the campsite before dark.",
          "Home again, and already planning!",
          "We are already planning the next stretch of the path for the autumn, this time with lighter packs."}},
        {"de", "Fünf Tage, zwei Zelte und eine Karte: So ist unsere Wanderung an der Küste verlaufen, Tag für Tag.",
         {"Unsere Woche auf dem Küstenweg", "Tag eins, los geht es!",
          "Wir sind an einem grauen Montagmorgen mit zwei Zelten und viel zu viel Essen für fünf Tage losgegangen.",
          "Am zweiten Tag hatte sich das Wetter aufgeklärt, und wir konnten von den Klippen aus die Inseln sehen.",
          "Die ganze Truppe oben auf dem Pass!",
          "Der dritte Tag war der längste. Wir sind vor fünf Uhr von der Hütte los und haben mittags oben gegessen.",
          "Der Abstieg dauerte noch einmal vier Stunden, meist über lose Steine, bis zum Zeltplatz vor der Dunkelheit.",
          "Wieder zu Hause, und schon am Planen!",
          "Wir planen schon den nächsten Abschnitt des Weges für den Herbst, diesmal mit leichteren Rucksäcken."}},
    };
    for (const Post& t : posts) {
        // Three blank lines over it, where the headings have two: the picture's caption, no heading.
        const std::string caption = page(t, "\n\n\n");
        INFO(caption);
        CHECK(test::headings_of(classify(segment(caption), t.lang)) ==
              std::vector<std::string>{t.lines[1], t.lines[7]});
        // Two blank lines over it, as over the headings: one of them.
        const std::string heading = page(t, "\n\n");
        INFO(heading);
        CHECK(test::headings_of(classify(segment(heading), t.lang)) ==
              std::vector<std::string>{t.lines[1], t.lines[4], t.lines[7]});
    }
}
