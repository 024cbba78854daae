// quotes108: speaker resolution of a group's noun. "The union said", "die Gewerkschaft kündigte an", "the company
// said": an article and the noun of a group ([group_anaphor_words]) stand for the one group the page named with that
// noun ("the union Seacrew", "die Gewerkschaft Verdex"), or, a firm's noun, for the one company named with its legal
// form ("Westway Ferries Ltd"); with none, or two, for no one, and never for the bare noun. On invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a group's noun after its article resolves to the group named with it before", "[quotes][quotes108]") {
    check_quotes({
        {"en",
         {"\"It is an insult,\" the union Seacrew said on Sunday.",
          "The union said it would \"hold out for as long as it takes\"."},
         "hold out for as long as it takes",
         "Seacrew"},
        {"de",
         {"\u201EDas ist eine Zumutung\u201C, sagte die Gewerkschaft Verdex am Sonntag.",
          "Die Gewerkschaft kündigte an, sie werde \u201Ebis zum Ende durchhalten\u201C."},
         "bis zum Ende durchhalten",
         "Verdex"},
        {"fr",
         {"\u00AB C'est une provocation \u00BB, a déclaré le syndicat Sudval dimanche.",
          "Le syndicat a promis de \u00AB tenir jusqu'au bout \u00BB."},
         "tenir jusqu'au bout",
         "Sudval"},
        {"it",
         {"\"\u00C8 una provocazione\", ha detto il sindacato Cgal domenica.",
          "Il sindacato ha promesso di \"resistere fino alla fine\"."},
         "resistere fino alla fine",
         "Cgal"},
        {"es",
         {"\"Es una provocación\", dijo el sindicato Solidam.",
          "El sindicato prometió \"resistir hasta el final\"."},
         "resistir hasta el final",
         "Solidam"},
    });
}

TEST_CASE("a firm's noun after its article resolves to the one company named with its legal form",
          "[quotes][quotes108]") {
    check_quotes({
        {"en",
         {"Westway Ferries Ltd pleaded guilty to two breaches on Monday.",
          "\"We are deeply sorry,\" Westway Ferries Ltd said in a statement.",
          "The company said it had \"replaced every gangway in its fleet\"."},
         "replaced every gangway in its fleet",
         "Westway Ferries Ltd"},
        {"de",
         {"Die Nordwerk GmbH muss eine Strafe von zwei Millionen Euro zahlen.",
          "Das Unternehmen erklärte, es habe \u201Ealle Stege ersetzt\u201C."},
         "alle Stege ersetzt",
         "Nordwerk GmbH"},
        {"it",
         {"\"Ci dispiace per l'incidente\", ha dichiarato Valfonda Trasporti Srl in una nota.",
          "L'azienda ha assicurato di aver \"sostituito tutto\"."},
         "sostituito tutto",
         "Valfonda Trasporti Srl"},
    });
}

TEST_CASE("a group's noun names no one when no group, or two, were named with it, and never itself",
          "[quotes][quotes108]") {
    check_quotes({
        // (no group named with the noun: not the noun itself)
        {"de",
         {"Die Nordbahn hat ein neues Angebot vorgelegt.",
          "Die Gewerkschaft kündigte an, sie werde \u201Ebis zum Ende durchhalten\u201C."},
         "bis zum Ende durchhalten",
         ""},
        {"en",
         {"Westmoor Ferries made a new offer on Sunday.",
          "The union said it would \"hold out for as long as it takes\"."},
         "hold out for as long as it takes",
         ""},
        // (two companies with their legal forms: the noun names neither)
        {"en",
         {"Westway Ferries Ltd and Harbour Lines Ltd were both fined on Monday.",
          "The company said it had \"replaced every gangway in its fleet\"."},
         "replaced every gangway in its fleet",
         ""},
        {"de",
         {"Die Nordwerk GmbH und die Südstahl GmbH müssen zahlen.",
          "Das Unternehmen erklärte, es habe \u201Ealle Stege ersetzt\u201C."},
         "alle Stege ersetzt",
         ""},
        // (a company with no legal form, the union of another noun: no one)
        {"fr",
         {"Le syndicat Sudval a rejeté l'offre dimanche.",
          "L'entreprise a assuré avoir \u00AB tout remplacé \u00BB."},
         "tout remplacé",
         ""},
    });
}

namespace {

// The speaker of the headline's quote on a page of `headline` and `paragraphs` ("" for none).
std::string headline_speaker(const char* lang, const char* headline, std::vector<std::string> paragraphs) {
    for (const auto& q : extract_quotes(page(lang, headline, std::move(paragraphs))))
        if (q.where == Where::headline)
            return q.speaker.value_or("");
    return "(no headline quote)";
}

} // namespace

TEST_CASE("a role in lower case after a headline's inverted cue resolves to its one holder in the body",
          "[quotes][quotes108]") {
    CHECK(headline_speaker("en", "Harbour town to add 40 electric buses by May, says transport minister",
                           {"Transport Minister Ann Roe announced the plan in Westmoor on Monday."}) == "Ann Roe");
    // (the body's minister of another field: no one)
    CHECK(headline_speaker("en", "Harbour town to add 40 electric buses by May, says transport minister",
                           {"Health Minister Tom Hale visited Westmoor on Monday."}) == "");
}
