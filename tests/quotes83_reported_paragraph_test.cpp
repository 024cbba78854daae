// Reported speech in the Konjunktiv I opening the paragraph after a quote's (quotes83, probe73 Q4): "«Q», sagte der
// Angeklagte. / Er habe keine Angst gehabt. ..." goes on with the quote's speaker over the paragraph break, sentence by
// sentence; a paragraph in the indicative, or one further away, does not. German only: no other language's lexicon
// names a mood of reported speech ([quote_conventions]). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quotes_parts.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("the Konjunktiv I opening the next paragraph goes on with the last quote's speaker", "[quotes][quotes83]") {
    const auto qs = extract_quotes(
        body("de", {"Die Bäckerin Lea Brandt stand am Dienstag vor dem Amtsgericht.",
                    "\u201EIch habe das Geld nie gesehen\u201C, sagte Brandt.",
                    "Sie habe an jenem Abend allein in der Backstube gearbeitet. Die Kasse sei am Morgen schon offen "
                    "gewesen.",
                    "Das Urteil wird für Freitag erwartet."}));
    REQUIRE(qs.size() == 3);
    for (std::size_t k = 1; k < 3; ++k) {
        INFO(qs[k].text);
        CHECK(qs[k].kind == QuoteKind::indirect);
        CHECK(qs[k].paragraph == 2);
        CHECK(qs[k].speaker == std::optional<std::string>("Lea Brandt"));
    }
    CHECK(qs[1].text == "Sie habe an jenem Abend allein in der Backstube gearbeitet");
    CHECK(qs[2].text == "Die Kasse sei am Morgen schon offen gewesen");
}

TEST_CASE("the Konjunktiv I carries over one paragraph break only, and an indicative paragraph reports nothing",
          "[quotes][quotes83]") {
    // (a paragraph of the writer's between the quote and the Konjunktiv)
    auto qs = extract_quotes(
        body("de", {"\u00ABWir bauen weiter\u00BB, sagte der Bauleiter Tom Keller.",
                    "Die Arbeiten begannen im Frühjahr.", "Der Zeitplan sei trotz des Regens nicht in Gefahr."}));
    for (const auto& q : qs)
        CHECK(q.paragraph != 2);
    // (the paragraph after the quote's in the indicative)
    qs = extract_quotes(body("de", {"\u00ABWir bauen weiter\u00BB, sagte der Bauleiter Tom Keller.",
                                    "Der Zeitplan ist trotz des Regens nicht in Gefahr und der Kran steht."}));
    CHECK(qs.size() == 1);
    // (a quote of someone unnamed goes on over no paragraph break: the next one's report may be anyone's)
    qs = extract_quotes(body(
        "de", {"\u201EDas war knapp\u201C, sagte ein Nachbar.", "Der Schaden sei größer als gedacht, wird vermutet."}));
    CHECK(qs.size() == 1);
    // (French has no mood of reported speech: its subjunctive after a quote is no report)
    qs = extract_quotes(body("fr", {"\u00AB Nous continuons \u00BB, a déclaré le chef de chantier Tom Keller.",
                                    "Il faut que le chantier soit fini avant l'hiver, quoi qu'il arrive."}));
    CHECK(qs.size() == 1);
}
