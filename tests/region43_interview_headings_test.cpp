// An interview whose questions stand unlabelled over their answers, no blank line between them: each question heads
// its answer, an interviewer's turn that opens with a statement and ends with a question too ("Vous avez été maire.
// Le port ne vous manque-t-il pas?"). The page is an interview where such questions come back every few lines and
// two of them at least are put to someone: a pronoun or a form of address ("Sie", "vous", "you", "Frau Berg,"), or
// an answer opened by the speaker's name ("Berg: ..."). An essay asking its own questions between its paragraphs,
// of nobody, keeps them as its text (sections_headings.cpp heads_section(), sections_build.cpp interview_asks(),
// addresses_someone(), speaker_answers()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "rows.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    std::string page;
    std::vector<const char*> questions;
};

const std::string fr_page = "Le Courrier du Lac\n"
                            "Région\n"
                            "Économie\n"
                            "Culture\n"
                            "Entretien\n"
                            "Marc Favre : «Le bac du soir doit rester»\n"
                            "Le syndic de Vevaz défend la ligne du soir et répond aux critiques des communes voisines.\n"
                            "Propos recueillis par Julie Roch\n"
                            "Publié le 3 décembre 2026 à 07:10\n"
                            "Le syndic reçoit dans la salle du conseil, entre deux séances. Il a une demi-heure.\n"
                            "Les communes voisines parlent d'une ligne trop chère. Que leur répondez-vous?\n"
                            "Que le bac du soir transporte deux cents personnes par jour, et que la route coûte bien plus cher à entretenir.\n"
                            "Les horaires vont-ils changer?\n"
                            "Un peu, en hiver. Le dernier bac partira vingt minutes plus tôt, pas davantage.\n"
                            "Vous avez été batelier pendant vingt ans. Le lac ne vous manque-t-il pas?\n"
                            "Tous les jours. Mais je le vois de mon bureau, et je le traverse chaque matin.\n"
                            "Et si le canton refuse de payer?\n"
                            "Alors nous paierons seuls, une année au moins. Le bac fait partie de la commune.\n"
                            "Newsletter\n"
                            "Mentions légales\n";

const std::string de_page = "Seebote\n"
                            "Region\n"
                            "Wirtschaft\n"
                            "Kultur\n"
                            "Interview\n"
                            "Fährmann Paul Brandt: „Die Abendfähre muss bleiben“\n"
                            "Der Fährmann über leere Kassen, späte Gäste und den Streit mit dem Kreis.\n"
                            "Von Mia Roth\n"
                            "3. Dezember 2026, 07:10\n"
                            "Paul Brandt fährt seit zwanzig Jahren über den See. Wir treffen ihn am Steg.\n"
                            "Der Kreis nennt die Abendfähre zu teuer. Was sagen Sie dazu?\n"
                            "Brandt: Dass sie jeden Abend zweihundert Leute nach Hause bringt. Die Straße um den See kostet viel mehr.\n"
                            "Wird der Fahrplan im Winter kürzer?\n"
                            "Brandt: Ein wenig. Die letzte Fähre legt zwanzig Minuten früher ab, mehr nicht.\n"
                            "Sie sind selbst am See aufgewachsen. Fehlt Ihnen nie das Festland?\n"
                            "Brandt: Nie. Ich wohne am Ufer und sehe das Wasser jeden Morgen.\n"
                            "Und wenn der Kreis nicht zahlt?\n"
                            "Brandt: Dann zahlt die Gemeinde allein, ein Jahr lang mindestens. Die Fähre gehört zum Dorf.\n"
                            "Newsletter\n"
                            "Impressum\n";

const std::string en_page = "Lakeside Weekly\n"
                            "Local\n"
                            "Business\n"
                            "Culture\n"
                            "Interview\n"
                            "Ferryman Paul Brandt: ‘The evening ferry has to stay’\n"
                            "The ferryman on empty coffers, late passengers and his quarrel with the county.\n"
                            "By Mia Roth\n"
                            "December 3, 2026\n"
                            "Paul Brandt has crossed the lake for twenty years. We meet him on the jetty.\n"
                            "The county calls the evening ferry too expensive. What do you say to that?\n"
                            "That it takes two hundred people home every evening. The road round the lake costs far more.\n"
                            "Will the timetable get shorter in winter?\n"
                            "A little. The last ferry leaves twenty minutes earlier, no more than that.\n"
                            "You grew up on the lake yourself. Do you never miss the mainland?\n"
                            "Never. I live on the shore and see the water every morning.\n"
                            "And if the county will not pay?\n"
                            "Then the village pays alone, for a year at least. The ferry belongs to the village.\n"
                            "Newsletter\n"
                            "Imprint\n";

const Row rows[] = {
    {"fr", fr_page,
     {"Les communes voisines parlent d'une ligne trop chère. Que leur répondez-vous?", "Les horaires vont-ils changer?",
      "Vous avez été batelier pendant vingt ans. Le lac ne vous manque-t-il pas?", "Et si le canton refuse de payer?"}},
    {"de", de_page,
     {"Der Kreis nennt die Abendfähre zu teuer. Was sagen Sie dazu?", "Wird der Fahrplan im Winter kürzer?",
      "Sie sind selbst am See aufgewachsen. Fehlt Ihnen nie das Festland?", "Und wenn der Kreis nicht zahlt?"}},
    {"en", en_page,
     {"The county calls the evening ferry too expensive. What do you say to that?",
      "Will the timetable get shorter in winter?", "You grew up on the lake yourself. Do you never miss the mainland?",
      "And if the county will not pay?"}},
};

} // namespace

TEST_CASE("an interview's unlabelled questions head their answers, a statement before the question or not",
          "[region][region43]") {
    for (const auto& r : rows) {
        const Article a = parse(r.page);
        for (const char* question : r.questions) {
            INFO(r.lang << ": " << question);
            CHECK(test::contains(test::headings_of(a), question));
            CHECK_FALSE(test::in_boilerplate(a, question));
        }
    }
}

TEST_CASE("questions asked of nobody between an essay's paragraphs stay its text", "[region][region43]") {
    // The same run with every word that puts a question to someone taken out, and no speaker's name over the
    // answers: an essay asking its own questions. They stay in the text, as paragraphs. (An essay's kicker names no
    // interview: a kicker "Interview" makes the page one, sect34's labelled_interview.)
    struct Essay {
        const char* lang;
        std::string page;
        std::vector<std::pair<const char*, const char*>> changes;
        const char* question;
    };
    const Essay essays[] = {
        {"en", en_page,
         {{"What do you say to that?", "Is that fair?"},
          {"Culture\nInterview\n", "Culture\n"},
          {"You grew up on the lake yourself. Do you never miss the mainland?",
           "Many grew up on the lake. Does anyone miss the mainland?"}},
         "Many grew up on the lake. Does anyone miss the mainland?"},
        {"fr", fr_page,
         {{"Que leur répondez-vous?", "Est-ce juste?"},
          {"Vous avez été batelier pendant vingt ans. Le lac ne vous manque-t-il pas?",
           "Beaucoup ont grandi au bord du lac. Le continent manque-t-il à quelqu'un?"},
          // (an essay is signed by no interviewer: region50's signed_interview)
          {"Propos recueillis par Julie Roch\n", ""},
          {"Culture\nEntretien\n", "Culture\n"}},
         "Beaucoup ont grandi au bord du lac. Le continent manque-t-il à quelqu'un?"},
    };
    for (const auto& e : essays) {
        std::string page = e.page;
        for (const auto& [from, to] : e.changes)
            page = test::replaced(page, from, to);
        const Article a = parse(page);
        INFO(e.lang << ": " << e.question);
        CHECK_FALSE(test::contains(test::headings_of(a), e.question));
        CHECK(test::contains(test::paragraphs_of(a), e.question));
    }
}

TEST_CASE("answers opened by the speaker's name make the questions an interview's", "[region][region43]") {
    // (The German page asks one question with "Sie" only; the names over the answers count too.)
    std::string page = test::replaced(de_page, "Sie sind selbst am See aufgewachsen. Fehlt Ihnen nie das Festland?",
                                      "Viele sind am See aufgewachsen. Fehlt das Festland niemandem?");
    const Article named = parse(page);
    CHECK(test::contains(test::headings_of(named), "Viele sind am See aufgewachsen. Fehlt das Festland niemandem?"));
    page = test::replaced(page, "Was sagen Sie dazu?", "Ist das gerecht?");
    page = test::replaced(page, "Kultur\nInterview\n", "Kultur\n"); // (no kicker naming an interview either)
    for (const char* name : {"Brandt: Dass", "Brandt: Ein", "Brandt: Nie", "Brandt: Dann"})
        page = test::replaced(page, name, std::string(name).substr(std::string("Brandt: ").size()));
    const Article essay = parse(page);
    CHECK_FALSE(test::contains(test::headings_of(essay), "Viele sind am See aufgewachsen. Fehlt das Festland niemandem?"));
}

TEST_CASE("an interview's answers printed in quote marks are answers too", "[region][region43]") {
    // "Waarom kiest u toch voor de dijken? / ‘Omdat ...’": the answer in the quote marks of the one asked.
    const std::string nl_page = "De Scheldebode\n"
                                "Regio\n"
                                "Economie\n"
                                "Interview\n"
                                "Veerman Pieter Claes: ‘Het avondveer moet blijven’\n"
                                "De veerman over lege kassen, late reizigers en zijn ruzie met de provincie.\n"
                                "Door Lotte Peeters\n"
                                "3 december 2026, 07.10 uur\n"
                                "Pieter Claes vaart al twintig jaar over de rivier. We ontmoeten hem op de steiger.\n"
                                "De provincie vindt het avondveer te duur. Wat zegt u daarop?\n"
                                "‘Dat het elke avond tweehonderd mensen naar huis brengt. De weg langs de rivier kost veel meer.’\n"
                                "Wordt de dienstregeling in de winter korter?\n"
                                "‘Een beetje. Het laatste veer vertrekt twintig minuten vroeger, meer niet.’\n"
                                "U bent zelf aan de rivier opgegroeid. Mist u nooit de stad?\n"
                                "‘Nooit. Ik woon aan de oever en zie het water elke ochtend.’\n"
                                "Reacties\n"
                                "Privacy\n";
    // (The German page's answers, their speaker's name taken off, in quote marks.)
    std::string de_page_quoted;
    for (std::size_t at = 0; at < de_page.size();) {
        const std::size_t end = de_page.find('\n', at);
        std::string line = de_page.substr(at, end - at);
        if (line.starts_with("Brandt: "))
            line = "„" + line.substr(std::string("Brandt: ").size()) + "“";
        de_page_quoted += line + "\n";
        at = end + 1;
    }
    const Row quoted[] = {
        {"nl", nl_page,
         {"De provincie vindt het avondveer te duur. Wat zegt u daarop?", "Wordt de dienstregeling in de winter korter?",
          "U bent zelf aan de rivier opgegroeid. Mist u nooit de stad?"}},
        {"de", de_page_quoted,
         {"Der Kreis nennt die Abendfähre zu teuer. Was sagen Sie dazu?", "Wird der Fahrplan im Winter kürzer?",
          "Sie sind selbst am See aufgewachsen. Fehlt Ihnen nie das Festland?", "Und wenn der Kreis nicht zahlt?"}},
    };
    for (const auto& r : quoted) {
        const Article a = parse(r.page);
        for (const char* question : r.questions) {
            INFO(r.lang << ": " << question);
            CHECK(test::contains(test::headings_of(a), question));
        }
    }
}
