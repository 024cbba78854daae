// Lines of the article's body that went to the boilerplate (invented pages):
// - a related article's label between two paragraphs over one title printed with its stop or its question mark, or
//   over a title and a paragraph of one short sentence (inline_box()): the text goes on under the box; the label and
//   its title stay out of the text. A thread's label over a short comment, and a card's summary under its title,
//   are no text going on.
// - a list of short advice sentences under a one-word heading naming advice ("Tipps", "Conseils", "Advice",
//   "Consigli": closing_section_head(), lexicon section advice_heading_words) closes the text; the same lines under
//   another word, and titles under the heading, do not.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct BoxRow {
    const char* lang;
    std::string head;  // kicker, title, byline, date and the two paragraphs over the box
    std::string box;   // the label and its title
    std::string first; // the line under the box
    std::string rest;  // the two paragraphs under it
};

std::string box_page(const BoxRow& r) {
    return r.head + "\n\n" + r.box + "\n\n" + r.first + "\n\n" + r.rest + "\n";
}

const std::string de_head = "Lokales\n\nGemeinderat Hollfeld beschließt neuen Haushalt\n\nVon Tobias Engelhardt\n\n3. "
                            "Dezember 2026, 18:12 Uhr\n\nDer Gemeinderat von Hollfeld hat am Dienstagabend nach einer "
                            "mehr als sechsstündigen Sitzung den Haushalt für das kommende Jahr beschlossen. Die "
                            "Debatte war von heftigen Wortwechseln geprägt.\n\nDer Plan sieht eine Steigerung der "
                            "Investitionen um vier Prozent vor, vor allem für die Sanierung der Schulen und den Ausbau "
                            "der Radwege.";
const std::string de_rest = "„Wir haben verantwortungsvolle Entscheidungen getroffen“, sagte Bürgermeister Gerhard "
                            "Tiesler und verwies darauf, dass die Schulden der Gemeinde gesunken seien.\n\nDer "
                            "Haushalt muss noch vom Landratsamt genehmigt werden, bevor er zum ersten Januar in Kraft "
                            "tritt.";
const std::string en_head = "Local news\n\nMillbrook council passes budget after six-hour session\n\nBy Harriet "
                            "Dunmore\n\nDecember 3, 2026, 6:12 p.m.\n\nMillbrook's town council passed its budget for "
                            "next year late on Tuesday, after a session of more than six hours marked by sharp "
                            "exchanges.\n\nThe plan raises capital spending by four percent, mostly for the renovation "
                            "of schools and the extension of the town's cycle lanes.";
const std::string en_rest = "\"We have made responsible choices,\" said Mayor Gordon Tisdale, noting that the town's "
                            "debt had fallen by ten percent since the start of his term.\n\nThe budget must still be "
                            "reviewed by the county before it takes effect on January 1.";
const std::string it_head = "Cronaca locale\n\nIl consiglio di Valbruna approva il bilancio dopo sei ore\n\ndi Marta "
                            "Olivieri\n\n3 dicembre 2026, ore 18:12\n\nIl consiglio comunale di Valbruna ha approvato "
                            "martedì sera il bilancio per il prossimo anno, al termine di una seduta di oltre sei ore."
                            "\n\nIl testo prevede un aumento del quattro per cento della spesa per investimenti, "
                            "destinata soprattutto alla ristrutturazione delle scuole.";
const std::string it_rest = "\"Abbiamo fatto scelte responsabili\", ha risposto il sindaco Gerardo Tissoni, ricordando "
                            "che il debito del comune è sceso del dieci per cento.\n\nIl bilancio dovrà ancora essere "
                            "esaminato dalla prefettura prima dell'entrata in vigore il primo gennaio.";

// The paragraph under the box in each language: de, en, it.
const char* const prose[] = {
    "Die Opposition kritisierte einen unausgewogenen Haushalt, der nach ihrer Ansicht die Last vor allem auf Familien "
    "mit kleinen Einkommen abwälze.",
    "The opposition called the budget unbalanced, saying it would place the burden on low-income households through "
    "a higher waste charge.",
    "L'opposizione ha criticato un bilancio squilibrato che, a suo dire, fa ricadere il peso sulle famiglie a basso "
    "reddito attraverso la tassa sui rifiuti."};
const char* const de_prose = prose[0];
const char* const en_prose = prose[1];
const char* const it_prose = prose[2];

} // namespace

TEST_CASE("a related label over one title with a stop leaves the text going on", "[region][region97]") {
    const BoxRow rows[] = {
        {"de", de_head, "Artikel zum Thema\n\nSchulsanierung: Eltern in Sorge.", de_prose, de_rest},
        {"de", de_head, "Lesen Sie auch\n\nWer zahlt die Sanierung der Schulen?", de_prose, de_rest},
        {"en", en_head, "Read next\n\nSchool repairs: parents voice concern.", en_prose, en_rest},
        {"en", en_head, "Related\n\nWho pays for the school repairs?", en_prose, en_rest},
        {"it", it_head, "Leggi anche\n\nScuole da ristrutturare, i genitori preoccupati.", it_prose, it_rest},
        {"it", it_head, "Potrebbe interessarti\n\nScuole, chi paga i lavori?", it_prose, it_rest},
    };
    for (const auto& r : rows) {
        INFO(box_page(r));
        const Article a = classify(segment(box_page(r)), r.lang);
        CHECK(test::in_text(a, r.first));
        CHECK(test::in_text(a, r.rest.substr(0, r.rest.find("\n\n"))));
        CHECK_FALSE(test::in_text(a, r.box.substr(0, r.box.find("\n\n"))));
        CHECK_FALSE(test::in_text(a, r.box.substr(r.box.find("\n\n") + 2)));
    }
}

TEST_CASE("a related label's box over a paragraph of one short sentence leaves the text going on",
          "[region][region97]") {
    const BoxRow rows[] = {
        {"de", de_head, "Artikel zum Thema\n\nSchulsanierung: Eltern in Sorge", "Die Opposition stimmte dagegen.",
         de_rest},
        {"en", en_head, "Read next\n\nSchool repairs: parents voice concern", "The opposition voted against it.",
         en_rest},
    };
    for (const auto& r : rows) {
        INFO(box_page(r));
        const Article a = classify(segment(box_page(r)), r.lang);
        CHECK(test::in_text(a, r.first));
        CHECK(test::in_text(a, r.rest.substr(r.rest.find("\n\n") + 2)));
        CHECK_FALSE(test::in_text(a, r.box.substr(r.box.find("\n\n") + 2)));
    }
}

TEST_CASE("a thread's short comment and a card's summary are no text going on under a box", "[region][region97]") {
    // A thread's label over a short comment and a long one: the comments stay out.
    const std::string thread = de_head + "\n\nKommentare\n\nGut so, endlich passiert etwas.\n\n" + de_prose +
                               " Das ist mein Eindruck nach der Sitzung.\n\nIch war auch dort und sehe das ganz "
                               "anders, denn die Schulen warten seit Jahren auf eine Sanierung und nichts ist "
                               "passiert.\n";
    const Article comments = classify(segment(thread), "de");
    CHECK_FALSE(test::in_text(comments, "Gut so, endlich passiert etwas."));
    CHECK_FALSE(test::in_text(comments, std::string(de_prose) + " Das ist mein Eindruck nach der Sitzung."));
    // A related label ending the text over a card: its title with a stop, its summary, then the next card's title
    // and summary; the summary is no text going on, nothing of the cards joins the text.
    const std::string cards = en_head + "\n\nRead next\n\nSchool repairs: parents voice concern.\n\nParents at three "
                              "schools in the east of the town say the repairs promised last spring have not started "
                              "and classrooms stay cold.\n\nFerry fares rise again in January\n\nThe operator says "
                              "fuel costs leave it no choice but to raise fares for the second time this year.\n";
    const Article related = classify(segment(cards), "en");
    for (const char* line : {"School repairs: parents voice concern.", "Ferry fares rise again in January",
                             "The operator says fuel costs leave it no choice but to raise fares for the second time "
                             "this year."})
        CHECK_FALSE(test::in_text(related, line));
}

namespace {

// A weather warning's two paragraphs, then `tail` (a one-word heading over a list of three lines, then buttons).
std::string warning_page(const std::string& head, const std::string& tail) {
    return head + "\n\n" + tail + "\n\nTeilen\nFacebook\n";
}

const std::string de_warning = "Wetter\n\nSturmwarnung für die Küste bei Hollfeld\n\nVon Tobias Engelhardt\n\n7. "
                               "Dezember 2026, 10:12 Uhr\n\nDer Wetterdienst hat am Montag eine Unwetterwarnung für "
                               "die Küste bei Hollfeld ausgegeben, wo ab dem Abend mit starkem Regen gerechnet "
                               "wird.\n\nDie Meteorologen erwarten zwischen 40 und 80 Liter Regen pro Quadratmeter in "
                               "24 Stunden und Böen bis 90 Kilometer pro Stunde an der Küste.";
const std::string fr_warning = "Météo\n\nAlerte aux orages sur la côte de Valbrune\n\nPar Martine Ollivier\n\nPublié "
                               "le 7 décembre 2026 à 10h12\n\nLa préfecture a déclenché lundi une vigilance orange aux "
                               "orages pour le littoral de Valbrune, où de fortes pluies sont attendues dès ce "
                               "soir.\n\nLes prévisionnistes annoncent entre 40 et 80 millimètres de pluie en "
                               "vingt-quatre heures, avec des rafales jusqu'à 90 kilomètres par heure sur la côte.";
const std::string en_warning = "Weather\n\nStorm warning for the Millbrook coast\n\nBy Harriet Dunmore\n\nDecember 7, "
                               "2026, 10:12 a.m.\n\nThe county's emergency office issued an early storm warning for "
                               "the Millbrook coast on Monday, as a front is expected to bring heavy rain from the "
                               "evening.\n\nForecasters expect between 40 and 80 millimetres of rain in 24 hours, with "
                               "gusts of up to 90 kilometres an hour along the shore.";
const std::string it_warning = "Meteo\n\nAllerta temporali sulla costa di Valbruna\n\ndi Marta Olivieri\n\n7 dicembre "
                               "2026, ore 10:12\n\nLa protezione civile ha diramato lunedì un'allerta arancione per "
                               "temporali sulla costa di Valbruna, dove sono attese piogge forti già da stasera.\n\nI "
                               "meteorologi prevedono tra 40 e 80 millimetri di pioggia in ventiquattro ore, con "
                               "raffiche fino a 90 chilometri orari lungo la costa.";

} // namespace

TEST_CASE("a list of advice under a one-word heading closes the text", "[region][region97]") {
    struct Row {
        const char* lang;
        std::string page;
        std::vector<const char*> lines;
    };
    const Row rows[] = {
        {"de",
         warning_page(de_warning, "Tipps\nMeiden Sie die Küstenstraße während des Sturms.\nHalten Sie Taschenlampe "
                                  "und Radio bereit.\nFolgen Sie den Hinweisen der Behörden."),
         {"Meiden Sie die Küstenstraße während des Sturms.", "Folgen Sie den Hinweisen der Behörden."}},
        {"fr",
         warning_page(fr_warning, "Conseils\nÉvitez la route du littoral pendant l'orage.\nGardez une lampe et une "
                                  "radio à portée de main.\nSuivez les consignes des autorités."),
         {"Évitez la route du littoral pendant l'orage.", "Suivez les consignes des autorités."}},
        {"en",
         warning_page(en_warning, "Advice\nKeep torches and radios with batteries at hand.\nAvoid the coast road "
                                  "during the storm.\nFollow the advice of the county's officers."),
         {"Keep torches and radios with batteries at hand.", "Follow the advice of the county's officers."}},
        {"it",
         warning_page(it_warning, "Consigli\nEvitate la strada costiera durante il temporale.\nTenete a portata di "
                                  "mano una torcia e una radio.\nSeguite le indicazioni delle autorità."),
         {"Evitate la strada costiera durante il temporale.", "Seguite le indicazioni delle autorità."}},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        for (const char* line : r.lines) {
            INFO(line);
            CHECK(test::in_text(a, line));
        }
        CHECK_FALSE(test::in_text(a, "Facebook"));
    }
}

TEST_CASE("a one-word label over titles or over no advice closes nothing", "[region][region97]") {
    // The advice heading over teaser titles (no stops): links, no text.
    const Article titles = classify(segment(warning_page(de_warning, "Tipps\nSo schützen Sie Ihr Dach vor Sturm\nDie "
                                                                    "besten Regenjacken im Test\nWarnstufen erklärt")),
                                    "de");
    CHECK_FALSE(test::in_text(titles, "So schützen Sie Ihr Dach vor Sturm"));
    // A word that names no advice over short sentences: a box's label, its lines stay out as before.
    const Article gallery = classify(segment(warning_page(en_warning, "Gallery\nKeep torches and radios with batteries "
                                                                      "at hand.\nAvoid the coast road during the storm."
                                                                      "\nFollow the county's official channels.")),
                                     "en");
    CHECK_FALSE(test::in_text(gallery, "Avoid the coast road during the storm."));
}

TEST_CASE("\"Lire également\" alone over a title is a related label, as \"Lire aussi\" is", "[region][region97]") {
    const std::string head = "Politique locale\n\nLe conseil de Valbrune adopte son budget\n\nPar Martine "
                             "Ollivier\n\nPublié le 3 décembre 2026 à 18h12\n\nLe conseil municipal de Valbrune a "
                             "adopté mardi soir son budget pour l'année prochaine, au terme d'une séance de plus de "
                             "six heures.\n\nLe texte prévoit une hausse de quatre pour cent des dépenses "
                             "d'investissement pour les écoles.\n\n";
    const std::string tail = "\n\nL'opposition a dénoncé un budget déséquilibré qui fait reposer l'effort sur les "
                             "ménages modestes par le biais d'une hausse de la taxe sur les ordures.\n\nLe budget "
                             "devra encore être examiné par la préfecture avant son entrée en vigueur au premier "
                             "janvier.\n";
    const Article a = classify(segment(head + "Lire également\n\nRénovation des écoles : les parents inquiets" + tail),
                               "fr");
    CHECK_FALSE(test::in_text(a, "Lire également"));
    CHECK_FALSE(test::in_text(a, "Rénovation des écoles : les parents inquiets"));
    CHECK(test::in_text(a, "Le budget devra encore être examiné par la préfecture avant son entrée en vigueur au "
                           "premier janvier."));
    // The words opening a sentence of the text are no label.
    const char* const sentence = "Lire également le rapport de la Cour des comptes, publié mardi, qui juge la dette "
                                 "de la commune soutenable.";
    const Article text = classify(segment(head + sentence + tail), "fr");
    CHECK(test::in_text(text, sentence));
}

// ---- region98: a related label's box on a page of blank lines ----
namespace {

struct SpacedPage {
    const char* lang;
    std::vector<std::string> head; // kicker, title, byline, date and the two paragraphs over the box
    std::vector<std::string> rest; // the paragraphs under the box
};

// The page's lines around `box`, every line parted from the next by a blank line.
std::string spaced(const SpacedPage& s, const std::vector<std::string>& box) {
    std::string out;
    for (const auto* part : {&s.head, &box, &s.rest})
        for (const auto& line : *part)
            out += line + "\n\n";
    return out;
}

const SpacedPage en{"en",
                    {"Town hall", "Harlow Bay council passes its budget after a long night", "By Nora Quillfeather",
                     "Published 3 December 2026, 6.12pm",
                     "HARLOW BAY – The town council of Harlow Bay passed its budget for next year on Tuesday evening "
                     "after a sitting of more than six hours marked by sharp exchanges.",
                     "The plan raises investment spending by four per cent, mostly for repairs to schools and for new "
                     "cycle lanes along the harbour front."},
                    {"The opposition called the budget lopsided and said it placed the burden on poorer households "
                     "through a higher waste levy for every home.",
                     "\"We made responsible choices,\" replied the mayor, Gerald Tamsin, pointing out that the town's "
                     "debt had fallen by ten per cent since the start of his term.",
                     "The budget must still be reviewed by the regional office before it takes effect on the first of "
                     "January."}};
const SpacedPage fr{"fr",
                    {"Politique locale", "Le conseil de Morvillars vote son budget au bout de la nuit",
                     "Par Hélène Garrivier", "Publié le 3 décembre 2026 à 18h12",
                     "MORVILLARS – Le conseil municipal de Morvillars a voté mardi soir son budget pour l'année "
                     "prochaine, au terme d'une séance de plus de six heures très animée.",
                     "Le texte prévoit une hausse de quatre pour cent des dépenses d'investissement, surtout pour la "
                     "réfection des écoles et de nouvelles pistes cyclables."},
                    {"L'opposition a dénoncé un budget déséquilibré qui, selon elle, fait peser l'effort sur les "
                     "ménages modestes par une hausse de la taxe sur les ordures.",
                     "« Nous avons fait des choix responsables », a répondu le maire, Gilles Tavernier, en rappelant "
                     "que la dette de la commune avait baissé de dix pour cent.",
                     "Le budget devra encore être examiné par la préfecture avant son entrée en vigueur au premier "
                     "janvier."}};
const SpacedPage es{"es",
                    {"Política local", "El pleno de Valdemora aprueba sus cuentas tras seis horas de debate",
                     "Por Lucía Arrabal", "Publicado el 3 de diciembre de 2026, 18:12",
                     "VALDEMORA – El pleno municipal de Valdemora aprobó el martes por la noche el presupuesto del año "
                     "próximo, tras una sesión de más de seis horas muy tensa.",
                     "El texto prevé un aumento del cuatro por ciento del gasto en inversiones, sobre todo para la "
                     "reforma de los colegios y nuevos carriles para bicicletas."},
                    {"La oposición criticó unas cuentas desequilibradas que, a su juicio, cargan el esfuerzo sobre las "
                     "familias humildes con una subida de la tasa de basuras.",
                     "«Hemos tomado decisiones responsables», respondió el alcalde, Gerardo Tasende, que recordó que "
                     "la deuda del municipio ha bajado un diez por ciento.",
                     "El presupuesto deberá ser revisado todavía por la delegación del Gobierno antes de entrar en "
                     "vigor el uno de enero."}};
const SpacedPage it{"it",
                    {"Cronaca locale", "Il consiglio di Roccalba approva il bilancio dopo sei ore",
                     "di Marta Rinaldelli", "3 dicembre 2026, ore 18:12",
                     "Il consiglio comunale di Roccalba ha approvato martedì sera il bilancio per il prossimo anno, al "
                     "termine di una seduta di oltre sei ore molto accesa.",
                     "Il testo prevede un aumento del quattro per cento della spesa per investimenti, destinata "
                     "soprattutto alle scuole e a nuove piste ciclabili."},
                    {"La minoranza ha criticato un bilancio squilibrato che, a suo dire, fa ricadere il peso sulle "
                     "famiglie a basso reddito con un aumento della tassa sui rifiuti.",
                     "\"Abbiamo fatto scelte responsabili\", ha risposto il sindaco Gerardo Tassoni, ricordando che il "
                     "debito del comune è sceso del dieci per cento.",
                     "Il bilancio dovrà ancora essere esaminato dalla prefettura prima dell'entrata in vigore il primo "
                     "gennaio."}};
const SpacedPage de{"de",
                    {"Lokalpolitik", "Gemeinderat von Talbrunn beschließt Haushalt nach langer Nacht",
                     "Von Marlene Ostwalder", "3. Dezember 2026, 18:12 Uhr",
                     "TALBRUNN – Der Gemeinderat von Talbrunn hat am Dienstagabend den Haushalt für das kommende Jahr "
                     "beschlossen, nach einer Sitzung von mehr als sechs Stunden.",
                     "Der Plan sieht vier Prozent mehr Ausgaben für Investitionen vor, vor allem für die Sanierung der "
                     "Schulen und für neue Radwege am Ufer."},
                    {"Die Opposition kritisierte einen unausgewogenen Haushalt, der die Last über eine höhere "
                     "Müllgebühr auf Haushalte mit wenig Einkommen verlagere.",
                     "\"Wir haben verantwortungsvolle Entscheidungen getroffen\", entgegnete Bürgermeister Gerhard "
                     "Tessmer und verwies auf die um zehn Prozent gesunkene Schuld.",
                     "Der Haushalt muss noch von der Aufsichtsbehörde geprüft werden, bevor er am ersten Januar in "
                     "Kraft tritt."}};

struct SpacedBox {
    const SpacedPage* page;
    std::string label, title, first; // `first`: a short paragraph under the title, or none
};

void check_spaced_box(const SpacedBox& r) {
    std::vector<std::string> box{r.label, r.title};
    if (!r.first.empty())
        box.push_back(r.first);
    const std::string page = spaced(*r.page, box);
    INFO(page);
    const Article a = classify(segment(page), r.page->lang);
    CHECK_FALSE(test::in_text(a, r.label));
    CHECK_FALSE(test::in_text(a, r.title));
    if (!r.first.empty())
        CHECK(test::in_text(a, r.first));
    for (const auto& line : r.page->rest)
        CHECK(test::in_text(a, line));
    CHECK(test::in_text(a, r.page->head.back()));
}

} // namespace

TEST_CASE("a related label over one title on a page of blank lines leaves the text", "[region][region98]") {
    const SpacedBox rows[] = {
        {&en, "See also", "School repairs: parents voice their worries", ""},
        {&en, "See also", "School repairs: parents voice their worries.", ""},
        {&fr, "Voir aussi", "Réfection des écoles : les parents d'élèves s'inquiètent", ""},
        {&fr, "Voir aussi", "Réfection des écoles : les parents d'élèves s'inquiètent.", ""},
        {&fr, "Lire aussi :", "Réfection des écoles : les parents d'élèves s'inquiètent", ""},
        {&es, "Más información", "Reforma de los colegios: los padres, preocupados", ""},
        {&es, "Más información", "Reforma de los colegios: los padres, preocupados.", ""},
        {&it, "Approfondimenti", "Scuole da rifare, i genitori sono preoccupati", ""},
        {&it, "Approfondimenti", "Scuole da rifare, i genitori sono preoccupati.", ""},
        {&de, "Das könnte Sie interessieren", "Schulsanierung: Eltern zeigen sich besorgt", ""},
    };
    for (const auto& r : rows)
        check_spaced_box(r);
}

TEST_CASE("a short paragraph under a related box on a page of blank lines is the text", "[region][region98]") {
    const SpacedBox rows[] = {
        {&en, "See also", "School repairs: parents voice their worries", "The opposition voted against it."},
        {&fr, "Voir aussi", "Réfection des écoles : les parents d'élèves s'inquiètent", "L'opposition a voté contre."},
        {&it, "Leggi anche", "Scuole da rifare, i genitori sono preoccupati", "La minoranza ha votato contro."},
        {&it, "Approfondimenti", "Scuole da rifare, i genitori sono preoccupati", "La minoranza ha votato contro."},
        {&de, "Das könnte Sie interessieren", "Schulsanierung: Eltern zeigen sich besorgt",
         "Die Opposition stimmte dagegen."},
    };
    for (const auto& r : rows)
        check_spaced_box(r);
}

TEST_CASE("a long sentence under a related label, or a title under another word, stays the text",
          "[region][region98]") {
    // Under the label a sentence of more than fifteen words (seventeen here) is the text going on, no link's title.
    const std::string en_long = "Officials said the repairs to the three schools would start in the spring and last "
                                "all autumn.";
    const Article a = classify(segment(spaced(en, {"See also", en_long})), "en");
    CHECK(test::in_text(a, en_long));
    const std::string fr_long = "Les travaux dans les trois écoles du quartier est commenceront au printemps, selon "
                                "la mairie de Morvillars.";
    const Article b = classify(segment(spaced(fr, {"Voir aussi", fr_long})), "fr");
    CHECK(test::in_text(b, fr_long));
    // A cross-head that is no related label keeps its section's first line.
    const Article c = classify(segment(spaced(de, {"Die Schulen", "Eltern zeigen sich besorgt über die Sanierung."})),
                               "de");
    CHECK(test::in_text(c, "Eltern zeigen sich besorgt über die Sanierung."));
    const Article d = classify(
        segment(spaced(es, {"Los colegios", "Los padres se muestran preocupados por las obras."})), "es");
    CHECK(test::in_text(d, "Los padres se muestran preocupados por las obras."));
}
