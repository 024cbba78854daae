// quotes112: German reported speech whose cue's comma stands past a short complement ("sagte am Freitag, man sehe
// ...", "sagte der Zeitung Nordkurier, die Brücke werde ...", "erklärte Mitte Mai in Hamburg, dass ..."), and the
// wire formula "sagte der SPD-Politiker der Deutschen Presse-Agentur": the article after a role noun opens the one
// told, not the speaker; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a time, a place or the one told between a German cue and its comma", "[quotes][quotes112]") {
    check_quotes({
        {"de", {"Ratsvorsitzender Jan Roth sagte am Freitag, man sehe derzeit keine Gefahr für die Anwohner."},
         "man sehe derzeit keine Gefahr für die Anwohner", "Jan Roth", "Ratsvorsitzender Jan Roth"},
        {"de", {"Bürgermeisterin Eva Lindner sagte der Zeitung Nordkurier, die Brücke werde im Frühjahr saniert."},
         "die Brücke werde im Frühjahr saniert", "Eva Lindner", "Bürgermeisterin Eva Lindner"},
        {"de", {"Die Ministerin Anna Berg erklärte Mitte Mai in Hamburg, dass der Hafen für die neuen Schiffe zu "
                "klein sei."},
         "der Hafen für die neuen Schiffe zu klein sei", "Anna Berg", "Die Ministerin Anna Berg"},
        {"de", {"Vereinschef Tom Weber sagte der regionalen Tageszeitung, man plane keinen Umzug des Stadions."},
         "man plane keinen Umzug des Stadions", "Tom Weber", "Vereinschef Tom Weber"},
        {"de", {"Kapitän Ole Jensen sagte am Freitag, dass der Hafen wegen des Sturms bis Montag geschlossen bleibe."},
         "der Hafen wegen des Sturms bis Montag geschlossen bleibe", "Ole Jensen", "Kapitän Ole Jensen"},
        // (a Perfekt: the subject before the auxiliary, the complement between it and the participle)
        {"de", {"Die Ministerin Anna Berg hat am Freitag gesagt, der Plan für den Hafen sei nicht mehr zu halten."},
         "der Plan für den Hafen sei nicht mehr zu halten", "Anna Berg", "Die Ministerin Anna Berg"},
        {"de", {"Ratsvorsitzender Jan Roth hat der Zeitung Nordkurier gesagt, dass die Kaimauer bald erneuert werde."},
         "die Kaimauer bald erneuert werde", "Jan Roth", "Ratsvorsitzender Jan Roth"},
        // (the shape the other languages write with "that" after the complement)
        {"en", {"Board chairman Tom Vale said on Friday that the new quay would not open before next summer."},
         "the new quay would not open before next summer", "Tom Vale", "Board chairman Tom Vale"},
        {"fr", {"Le président du conseil Paul Vernet a déclaré vendredi à l'AFP que le nouveau quai n'ouvrirait pas "
                "avant l'été."},
         "le nouveau quai n'ouvrirait pas avant l'été", "Paul Vernet", "Le président du conseil Paul Vernet"},
    });
}

TEST_CASE("no report past a verb's particle or before a clause in the indicative", "[quotes][quotes112]") {
    for (const char* para : {
             // ("sagte ... ab": a verb's particle closes the words before the comma, no complement of speech)
             "Der Trainer Tom Weber sagte das Konzert am Freitag ab, die Halle sei wegen Schäden gesperrt.",
             // (the clause after the comma is the writer's, in the indicative)
             "Die Sprecherin Lea Brandt sagte am Freitag, das Spiel findet wie geplant am Sonntag statt.",
             // (a pronoun between the cue and the comma: "sagte ihm nichts" is no complement of place or time)
             "Der Wirt Karl Huber sagte ihm am Freitag nichts, die Gäste seien schon gegangen.",
             // (a name right after the cue is its subject, no one told; a cue of two words holds its complement)
             "In seinem Interview auf dem Platz sagte Weber, dass es eines der schönsten Spiele seiner Karriere war.",
             "Eine Reporterin von Radio Nord sprach von 300 Autos, die in diesem Jahr in der Stadt beschädigt wurden.",
             // (an article before no medium's noun opens the subject after the verb, no one told)
             "Zugunsten des Angeklagten wertete das Gericht, dass er sich entschuldigt habe und nicht vorbestraft sei.",
             // (pronouns between the auxiliary and the participle: no complement of the cue)
             "Daheim hatte man sie am Freitag für tot erklärt, die Nachbarn hätten sie lange gesucht.",
         }) {
        INFO(para);
        for (const auto& q : extract_quotes(page("de", "", {para})))
            CHECK(q.kind != QuoteKind::indirect);
    }
}

TEST_CASE("the article after a role noun opens the one told, not the speaker", "[quotes][quotes112]") {
    const std::string lead = "Verteidigungsminister Boris Pistorius (SPD) will die Musterung neu regeln. ";
    check_quotes({
        {"de", {lead + "«Wir brauchen ein klares Bild», sagte der SPD-Politiker der Deutschen Presse-Agentur."},
         "Wir brauchen ein klares Bild", "Boris Pistorius", "der SPD-Politiker"},
        {"de", {lead + "«Wir brauchen ein klares Bild», sagte der Minister der Nachrichtenagentur Reuters."},
         "Wir brauchen ein klares Bild", "Boris Pistorius", "der Minister"},
        {"de", {lead + "«Wir brauchen ein klares Bild», sagte der Minister der dpa."},
         "Wir brauchen ein klares Bild", "Boris Pistorius", "der Minister"},
    });
    // (but the one told first, then the speaker: "sagte der Zeitung der Sprecher")
    check_quotes({
        {"de", {"«Die Brücke bleibt gesperrt», sagte der Zeitung der Sprecher Jan Roth."},
         "Die Brücke bleibt gesperrt", "Jan Roth", "der Sprecher Jan Roth"},
    });
}

TEST_CASE("no speaker made of a plain person noun by the German noun-group fallback", "[quotes][quotes112]") {
    check_quotes({
        {"de", {"„Ich habe das schon dreimal erlebt“, sagt der Rentner."}, "Ich habe das schon dreimal erlebt", "",
         "der Rentner"},
    });
}
