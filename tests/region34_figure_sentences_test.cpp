// A short sentence stating a figure ("Die Lücke beträgt rund zwölf Milliarden Euro.", "Le déficit atteint 1,2
// milliard de francs.") has few stopwords, being mostly nouns and numbers, yet is a sentence of the text
// (region_joins.cpp figure_sentence(), figure_between_paragraphs()); a call to the reader or a price with a figure stays out.
// Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_parts.hpp"
#include "region_pages.hpp"
#include "rows.hpp"

#include <string>

using namespace archive;

namespace {

struct Row {
    const char* line;
    const char* lang;
    bool sentence;
};

// A short budget report in `lang` with `line` under its first paragraph, then a box of related articles (its label
// and a teaser's title) and the other paragraphs.
std::string report_with_line(const std::string& lang, const std::string& line) {
    const std::string box = lang == "de"   ? "Das könnte Sie auch interessieren\nSchuldenbremse: Was die Regeln erlauben\n"
                            : lang == "fr" ? "Sur le même sujet\nFrein à l'endettement: ce que disent les règles\n"
                            : lang == "pl" ? "Przeczytaj także\nLimit zadłużenia: co mówią przepisy\n"
                                           : "Related\nDebt brake: what the rules allow\n";
    if (lang == "de")
        return "Tagesblatt\nPolitik\nKoalition streitet über den Haushalt\n"
               "Die Regierung ringt um das Geld für das kommende Jahr.\n"
               "Von Jonas Weber\n23.08.2026\n"
               "Im Regierungsviertel herrscht Nervosität. Seit Wochen verhandeln die Spitzen der Koalition über den "
               "Haushalt für das kommende Jahr.\n" +
               line + "\n" + box +
               "Der Finanzminister will die Schuldenbremse einhalten und lehnt neue Kredite ab, sagte er am Abend.\n"
               "Die Grünen halten dagegen und fordern eine Reform der Regeln für die Schulden des Bundes.\n"
               "Anzeige\nNewsletter abonnieren\n";
    if (lang == "fr")
        return "Le Quotidien\nSuisse\nLe budget de l'an prochain divise le parlement\n"
               "Le gouvernement cherche des économies pour l'année prochaine.\n"
               "Par Claire Dubois\n23 août 2026\n"
               "La commission des finances a siégé toute la journée. Elle doit trouver un accord avant la session "
               "d'automne du parlement.\n" +
               line + "\n" + box +
               "La ministre des finances veut respecter le frein à l'endettement et refuse de nouveaux emprunts.\n"
               "La gauche demande au contraire une réforme des règles qui limitent la dette de la Confédération.\n"
               "Publicité\nRecevez notre newsletter\n";
    if (lang == "pl")
        return "Dziennik\nPolityka\nKoalicja spiera się o budżet\n"
               "Rząd szuka pieniędzy na przyszły rok.\n"
               "Jan Kowalski\n23.08.2026\n"
               "W ministerstwie finansów od tygodni trwają rozmowy o budżecie na przyszły rok. Ministrowie nie "
               "doszli jeszcze do porozumienia.\n" +
               line + "\n" + box +
               "Minister finansów chce utrzymać limit zadłużenia i nie zgadza się na nowe kredyty dla resortów.\n"
               "Opozycja domaga się natomiast zmiany zasad, które ograniczają dług publiczny w kolejnych latach.\n"
               "Reklama\nZapisz się do newslettera\n";
    return "Daily Courier\nPolitics\nCoalition split over the budget\n"
           "The government is looking for savings for next year.\n"
           "By Nora Hill\n23 August 2026\n"
           "The finance committee sat all day on Wednesday. It has to find a deal before the autumn session of "
           "parliament opens.\n" +
           line + "\n" + box +
           "The finance minister wants to keep the debt brake and refuses any new borrowing, she said in the evening.\n"
           "The opposition wants a reform of the rules that limit the debt of the state in the coming years.\n"
           "Advertisement\nSign up for our newsletter\n";
}

} // namespace

TEST_CASE("a short sentence stating a figure reads as a sentence", "[region][region34]") {
    const Row rows[] = {
        {"Die Lücke beträgt rund zwölf Milliarden Euro.", "de", true},
        {"Das Defizit steigt 2027 auf 4,5 Milliarden.", "de", true},
        {"Le déficit atteint 1,2 milliard de francs.", "fr", true},
        {"Deficyt wynosi 12 mld zł.", "pl", true},
        {"Budget deficit hits 12 billion pounds.", "en", true},
        // a call to the reader, a price, a label: no sentence of the text
        {"Drei Monate Digitalabo gratis testen.", "de", false},
        {"Digitalabo 3 Monate kostenlos lesen.", "de", false},
        {"Offre numérique 3 mois gratuits, abonnez-vous.", "fr", false},
        {"Digital edition 12 months free trial.", "en", false},
        {"Preis: 12 Euro pro Ausgabe.", "de", false},
        // no figure and too few stopwords: as before
        {"Nervosität im Regierungsviertel Berlin heute.", "de", false},
        {"Wait 1 second to continue.", "en", false},
        {"Bitte 5 Sekunden warten.", "de", false},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.line);
        CHECK(figure_sentence(test::block_of(r.line), r.lang) == r.sentence);
    }
}

TEST_CASE("a short sentence stating a figure over a related box between paragraphs stays in the text", "[region][region34]") {
    const Row rows[] = {
        {"Die Lücke beträgt rund zwölf Milliarden Euro.", "de", true},
        {"Le déficit atteint 1,2 milliard de francs.", "fr", true},
        {"Deficyt wynosi 12 mld zł.", "pl", true},
        {"Budget deficit hits 12 billion pounds.", "en", true},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.line);
        const Article a = parse(report_with_line(r.lang, r.line));
        CHECK(test::in_text(a, r.line));
    }
}
