// An interview's question put as a statement to the one asked ("Sie malen immer noch im Freien.", "Lei dipinge
// ancora all'aperto."), unlabelled and glued between two answers, each under a question, heads its answer as the
// questions do, and it counts as a question put to someone: with one more such question, the page is an interview,
// its longer questions ("Sechs Jahre ohne Ausstellung. Warum so lange?") head their answers too (sections_build.cpp
// statement_turn(), SectionLoop::addressed_questions; sections_headings.cpp heads_section()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    std::string page;
    std::vector<std::string> questions;
    std::string addressed_last; // the last question put to the one asked by a pronoun
    std::string closing;        // the line under the last answer, no heading
};

std::vector<Row> rows() {
    return {
        {"it",
         "Il Corriere del Garda\nMenu\nCerca\nCultura\nSport\nL'intervista\n"
         "Marta Bellini: «Il fiume mi ha insegnato ad aspettare»\n"
         "La pittrice veronese torna a esporre dopo sei anni con una serie di tele sull'Adige.\n"
         "di Paolo Rinaldi\nPubblicato il 12/10/2025 alle 08:00\n"
         "Lo studio di Marta Bellini sta in una vecchia segheria sulla riva dell'Adige, a pochi passi dal ponte. Dalle "
         "finestre si vedono le barche dei pescatori e, nelle giornate chiare, le colline di Valpolicella.\n"
         "Bellini, 61 anni, ha esposto a Milano, a Vienna e a Lubiana. La nuova serie, venti tele di grande formato, "
         "racconta il fiume nelle quattro stagioni e sarà esposta da sabato al museo civico.\n"
         "Sei anni senza una mostra. Perché così a lungo?\n"
         "Perché non avevo niente di nuovo da mostrare. Poi una mattina d'inverno ho visto il fiume gelato sotto il "
         "ponte e ho capito che dovevo ricominciare da lì.\n"
         "Signora Bellini, quanto è durata la serie?\n"
         "Quattro anni, quasi cinque. Alcune tele le ho ridipinte tre volte, finché la luce non era quella giusta.\n"
         "Lei dipinge ancora all'aperto.\n"
         "Sì, sempre, anche d'inverno. In studio si perde il colore vero dell'acqua, che cambia ogni ora.\n"
         "Che cosa resta oggi della segheria?\n"
         "Le travi, il pavimento, l'odore del legno. Il resto l'abbiamo rifatto con i ragazzi del quartiere.\n"
         "La mostra resterà aperta fino al 15 gennaio, tutti i giorni tranne il lunedì.\n"
         "Riproduzione riservata\nContatti\n",
         {"Sei anni senza una mostra. Perché così a lungo?", "Signora Bellini, quanto è durata la serie?",
          "Lei dipinge ancora all'aperto.", "Che cosa resta oggi della segheria?"},
         "Che cosa resta per Lei della segheria?",
         "La mostra resterà aperta fino al 15 gennaio, tutti i giorni tranne il lunedì."},
        {"de",
         "Der Seebote\nMenü\nSuche\nKultur\nSport\nDas Interview\n"
         "Marta Bellin: „Der Fluss hat mich Geduld gelehrt“\n"
         "Die Malerin aus Lindau stellt nach sechs Jahren wieder aus, mit einer Serie von Bildern über den Rhein.\n"
         "Von Paul Reinhardt\n12.10.2025, 08:00 Uhr\n"
         "Das Atelier von Marta Bellin liegt in einem alten Sägewerk am Ufer des Rheins, ein paar Schritte von der "
         "Brücke entfernt. Aus den Fenstern sieht man die Boote der Fischer und an klaren Tagen die Berge.\n"
         "Bellin, 61 Jahre alt, hat in München, Wien und Zürich ausgestellt. Die neue Serie, zwanzig große Bilder, "
         "zeigt den Fluss in den vier Jahreszeiten und ist ab Samstag im Stadtmuseum zu sehen.\n"
         "Sechs Jahre ohne Ausstellung. Warum so lange?\n"
         "Weil ich nichts Neues zu zeigen hatte. Dann habe ich an einem Wintermorgen den gefrorenen Fluss unter der "
         "Brücke gesehen und wusste, dass ich dort neu anfangen musste.\n"
         "Wie lange hat die Serie Sie gekostet?\n"
         "Vier Jahre, fast fünf. Manche Bilder habe ich dreimal übermalt, bis das Licht stimmte.\n"
         "Sie malen immer noch im Freien.\n"
         "Ja, immer, auch im Winter. Im Atelier verliert man die echte Farbe des Wassers, die sich stündlich ändert.\n"
         "Was ist vom Sägewerk geblieben?\n"
         "Die Balken, der Boden, der Geruch nach Holz. Den Rest haben wir mit den Jugendlichen aus dem Viertel "
         "erneuert.\n"
         "Die Ausstellung ist bis zum 15. Januar zu sehen, täglich außer montags.\n"
         "Alle Rechte vorbehalten\nKontakt\n",
         {"Sechs Jahre ohne Ausstellung. Warum so lange?", "Wie lange hat die Serie Sie gekostet?",
          "Sie malen immer noch im Freien.", "Was ist vom Sägewerk geblieben?"},
         "Was ist Ihnen vom Sägewerk geblieben?",
         "Die Ausstellung ist bis zum 15. Januar zu sehen, täglich außer montags."},
        {"en",
         "The Riverside Courier\nMenu\nSearch\nCulture\nSport\nThe interview\n"
         "Martha Bell: 'The river taught me to wait'\n"
         "The painter from Hexham shows new work after six years, a series of canvases about the Tyne.\n"
         "By Paul Reynolds\nOctober 12, 2025\n"
         "Martha Bell's studio sits in an old sawmill on the bank of the Tyne, a few steps from the bridge. From its "
         "windows you can see the anglers' boats and, on clear days, the hills to the north.\n"
         "Bell, 61, has shown her work in London, Vienna and Edinburgh. The new series, twenty large canvases, follows "
         "the river through the four seasons and opens at the town museum on Saturday.\n"
         "Six years without a show. Why so long?\n"
         "Because I had nothing new to show. Then one winter morning I saw the river frozen under the bridge and "
         "knew that I had to start again from there.\n"
         "How long did the series take you?\n"
         "Four years, nearly five. Some canvases I painted over three times until the light was right.\n"
         "You still paint outdoors.\n"
         "Yes, always, even in winter. In the studio you lose the real colour of the water, which changes by the "
         "hour.\n"
         "What is left of the sawmill?\n"
         "The beams, the floor, the smell of wood. We rebuilt the rest with the young people from the estate.\n"
         "The exhibition runs until 15 January, daily except Mondays.\n"
         "All rights reserved\nContact\n",
         {"Six years without a show. Why so long?", "How long did the series take you?", "You still paint outdoors.",
          "What is left of the sawmill?"},
         "What is left of the sawmill for you?",
         "The exhibition runs until 15 January, daily except Mondays."},
    };
}

} // namespace

TEST_CASE("an interview's questions head their answers alike, long or put as statements", "[region][sect33]") {
    for (const Row& r : rows()) {
        INFO(r.lang);
        const Article a = parse(r.page);
        test::check_headings_not_paragraphs(a, r.questions);
        CHECK_FALSE(test::contains(test::headings_of(a), r.closing));
    }
}

TEST_CASE("a long question asked of nobody heads nothing where one question only is put to someone",
          "[region][sect33]") {
    // The question put as a statement taken out with its answer: one question left put to someone, no interview's
    // page (region43), and the long question is the text's. (Nor does a kicker name an interview: "L'intervista"
    // makes the page one, sect34's labelled_interview.)
    for (const Row& r : rows()) {
        INFO(r.lang);
        const std::size_t at = r.page.find(r.questions[2] + "\n");
        REQUIRE(at != std::string::npos);
        const std::size_t answer_end = r.page.find('\n', at + r.questions[2].size() + 1);
        std::string page = test::replaced(r.page, r.page.substr(at, answer_end + 1 - at), "");
        const std::string lang = r.lang;
        page = test::replaced(page, lang == "it" ? "L'intervista\n" : lang == "de" ? "Das Interview\n" : "The interview\n",
                              "");
        const Article a = parse(page);
        CHECK_FALSE(test::contains(test::headings_of(a), r.questions[0]));
        CHECK(test::contains(test::paragraphs_of(a), r.questions[0]));
    }
}

TEST_CASE("a short sentence put to someone heads nothing without a question under it", "[region][sect33]") {
    // The statement and its answer moved under the last answer (that question put to someone: an interview still):
    // no question follows it, a line of the text.
    for (const Row& r : rows()) {
        INFO(r.lang);
        const std::size_t at = r.page.find(r.questions[2] + "\n");
        REQUIRE(at != std::string::npos);
        const std::size_t answer_end = r.page.find('\n', at + r.questions[2].size() + 1);
        const std::string turn = r.page.substr(at, answer_end + 1 - at);
        std::string page = test::replaced(r.page, turn, "");
        page = test::replaced(page, r.closing + "\n", turn + r.closing + "\n");
        page = test::replaced(page, r.questions[3] + "\n", r.addressed_last + "\n");
        const Article a = parse(page);
        CHECK_FALSE(test::contains(test::headings_of(a), r.questions[2]));
        CHECK(test::contains(test::paragraphs_of(a), r.questions[2]));
        // (The long question still heads its answer: the page is an interview.)
        CHECK(test::contains(test::headings_of(a), r.questions[0]));
    }
}
