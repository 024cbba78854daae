// A statement announced in the paragraph before it, the speaker's apposition between the name and the colon (probe66
// Q1): "Zum Haushalt erklärt Lea Hart, Sprecherin für Schulpolitik:" / "„...“". The speaker was lost because the name
// after the cue had to reach the colon (quote_reader.cpp note_colon_lead()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a colon lead with the speaker's apposition before the colon hands the next quote to the speaker",
          "[quotes][colon_lead][colon_apposition]") {
    struct Row {
        const char* lang;
        const char* intro;
        const char* lead;
        const char* quote; // the next paragraph, in its marks
        const char* text;  // the quote's text
        const char* speaker;
    };
    // (The German rows are the kind that failed; the English and French ones, read by another rule, keep it.)
    const Row rows[] = {
        {"de",
         "Die Landesregierung hat am Freitag ihren Entwurf für den Haushalt der kommenden zwei Jahre vorgestellt.",
         "Zu den Plänen der Landesregierung für die Musikschulen erklärt Mara Lindqvist, Sprecherin für Kulturpolitik:",
         // (the statement runs over two paragraphs, as such statements do)
         "„Wer bei der Musik spart, spart an der Zukunft unserer Kinder. Das werden wir nicht hinnehmen.\n\n"
         "Gleichzeitig braucht jede Musikschule eine sichere Planung für die kommenden fünf Jahre.“",
         "Wer bei der Musik spart, spart an der Zukunft unserer Kinder. Das werden wir nicht hinnehmen. Gleichzeitig "
         "braucht jede Musikschule eine sichere Planung für die kommenden fünf Jahre.",
         "Mara Lindqvist"},
        {"de", "Der Kreistag hat am Dienstag über die Zukunft der beiden Kliniken im Landkreis beraten.",
         "Dazu sagt Jonas Feldberg, Vorsitzender des Fördervereins der Klinik am See:",
         "„Eine Schließung wäre ein schwerer Fehler für die ganze Region. Wir kämpfen um jedes Bett.“",
         "Eine Schließung wäre ein schwerer Fehler für die ganze Region. Wir kämpfen um jedes Bett.", "Jonas Feldberg"},
        {"en", "The council presented its draft budget for the next two years on Friday afternoon.",
         "Responding to the plans for the libraries, said Owen Hartley, spokesman for the opposition group:",
         "\u201cClosing libraries is the wrong answer to a budget gap. We will vote against it.\u201d",
         "Closing libraries is the wrong answer to a budget gap. We will vote against it.", "Owen Hartley"},
        {"fr", "Le conseil municipal a présenté vendredi son projet de budget pour les deux prochaines années.",
         "À propos de ces fermetures, déclare Camille Verdier, porte-parole du groupe :",
         "« Fermer des bibliothèques n'est pas la bonne réponse au déficit. Nous voterons contre. »",
         "Fermer des bibliothèques n'est pas la bonne réponse au déficit. Nous voterons contre.", "Camille Verdier"},
    };
    for (const auto& r : rows) {
        INFO(r.lead);
        // (the whole pipeline: a site's name, the headline and the date over the three paragraphs)
        const Article a = parse(std::string("Musterseite\nAktuelles\n\nKein Geld, keine Zukunft\n\n05.12.2026\n\n") +
                                r.intro + "\n\n" + r.lead + "\n\n" + r.quote + "\n");
        const auto q = std::find_if(a.quotes.begin(), a.quotes.end(), [&](const Quote& x) { return x.text == r.text; });
        REQUIRE(q != a.quotes.end());
        CHECK(q->speaker.value_or("") == r.speaker);
    }
}
