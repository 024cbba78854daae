// An interview printed as a transcript, each turn opened by its speaker's label (initials, a name, "Q:" / "Frage:")
// and no blank line between the turns: each of the asking speaker's turns over its answer heads it, all of them or
// none; the answers head nothing. The line signing the interview under it ("Rozmawiała ...", "Propos recueillis par
// ...") heads nothing either. Whole pages, in several languages; and lines of the label's shape that are no turns (a
// thread of comments, a list of teasers' titles).
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::check_heading_rows;

TEST_CASE("a transcript's labelled questions all head their answers, without blank lines", "[classify][heading]") {
    check_heading_rows({
        {"pl", R"(Nie zamkniemy ani jednej szkoły
O reformie sieci szkół i budżecie rozmawiamy z prezydentem miasta.
Magdalena Kruczek: Rodzice z osiedla boją się, że ich szkoła zostanie zlikwidowana. Mają powody?
Tomasz Wielgosz: Nie. Mówię to jasno: nie zamkniemy ani jednej szkoły w tej kadencji, zmienimy tylko zarządzanie.
M.K.: Co to konkretnie oznacza?
T.W.: Chcemy połączyć administrację kilku małych szkół. Uczniowie i nauczyciele zostają tam, gdzie są.
M.K.: Związkowcy mówią, że to pierwszy krok do likwidacji.
T.W.: Rozumiem te obawy, ale to nieprawda. Przewodniczący dostanie wszystkie dokumenty w tym tygodniu.
M.K.: Ile to będzie kosztować miasto?
T.W.: Około 2,4 mln zł rocznie. To niewiele, jeśli porównamy to z kosztem zajęć, które się nie odbywają.
)",
         {"Magdalena Kruczek: Rodzice z osiedla boją się, że ich szkoła zostanie zlikwidowana. Mają powody?",
          "M.K.: Co to konkretnie oznacza?", "M.K.: Związkowcy mówią, że to pierwszy krok do likwidacji.",
          "M.K.: Ile to będzie kosztować miasto?"}},
        {"en", R"('We cannot keep the library open on goodwill alone'
The head of the library's friends on why the branch needs a paid caretaker.
Tom Hale: How many volunteers keep the library open today?
Ruth Okafor: Eleven of us, most of them retired. We open four days a week, and every one of us has a family.
TH: The council says it has no money for a caretaker.
RO: It found money for new signs on the bypass last spring. A caretaker costs less than those signs did.
TH: What happens if nothing changes?
RO: Then we close on Fridays from January, and probably on Thursdays by the summer.
)",
         {"Tom Hale: How many volunteers keep the library open today?",
          "TH: The council says it has no money for a caretaker.", "TH: What happens if nothing changes?"}},
        {"de", R"(«Wir brauchen mehr Busse am Abend»
Die Präsidentin des Quartiervereins fordert bessere Verbindungen in die Aussenquartiere.
Frage: Frau Keller, warum reicht der heutige Fahrplan nicht?
Antwort: Nach acht Uhr abends fährt nur noch ein Bus pro Stunde. Wer Schicht arbeitet, muss das Auto nehmen.
Frage: Die Stadt sagt, die Busse seien am Abend leer.
Antwort: Sie sind leer, weil niemand auf einen Bus wartet, der nur einmal pro Stunde kommt.
Frage: Was schlagen Sie vor?
Antwort: Einen Versuch mit einem Halbstundentakt bis Mitternacht, zwei Jahre lang, und dann einen ehrlichen Vergleich.
)",
         {"Frage: Frau Keller, warum reicht der heutige Fahrplan nicht?",
          "Frage: Die Stadt sagt, die Busse seien am Abend leer.", "Frage: Was schlagen Sie vor?"}},
        {"fr", R"(« Le port doit rester ouvert aux pêcheurs »
La présidente du comité des pêches explique pourquoi elle s'oppose au projet de marina.
J.M. : Pourquoi refusez-vous le projet de marina ?
A.L. : Parce qu'il prend la moitié des quais où nos bateaux déchargent chaque matin. Personne ne nous a consultés.
J.M. : La mairie promet des quais neufs ailleurs.
A.L. : Elle promet beaucoup. Les quais neufs seraient à trois kilomètres de la criée, et le gazole coûte cher.
J.M. : Qu'allez-vous faire maintenant ?
A.L. : Nous déposerons un recours au tribunal administratif la semaine prochaine, avec deux associations.
)",
         {"J.M. : Pourquoi refusez-vous le projet de marina ?", "J.M. : La mairie promet des quais neufs ailleurs.",
          "J.M. : Qu'allez-vous faire maintenant ?"}},
        // The first question, short and right under the date line, is a turn as the others are, no navigation.
        {"it", R"(Home
Cronaca
Intervista
«Il porto deve restare ai pescatori»
Il presidente della cooperativa spiega perché si oppone al nuovo approdo turistico.
di Marco Rossi
03/12/2026 ore 08:00
D: Perché siete contrari al nuovo approdo?
R: Perché occupa metà delle banchine dove scarichiamo il pesce ogni mattina. Nessuno ci ha chiesto un parere prima di disegnare il progetto.
D: Il Comune promette banchine nuove altrove.
R: Promette molto. Le banchine nuove sarebbero a tre chilometri dal mercato ittico, e il gasolio costa. Vogliamo garanzie scritte.
D: Che cosa farete adesso?
R: Presenteremo ricorso al Tar la prossima settimana, con l'appoggio di due comitati di residenti del quartiere.
Intervista di Marco Rossi
Leggi anche
Il mercato ittico compie cinquant'anni
Newsletter
Privacy
© 2026 Gazzetta del Porto
)",
         {"D: Perché siete contrari al nuovo approdo?", "D: Il Comune promette banchine nuove altrove.",
          "D: Che cosa farete adesso?"}},
    });
}

TEST_CASE("lines opening with a label and a colon that take no turns head as their shape says", "[classify][heading]") {
    check_heading_rows({
        // A thread of comments runs through more than two names: no transcript, and no comment heads anything.
        {"en", R"(The library will open on Sundays
The council agreed on Tuesday to open the library on Sunday afternoons from March, after a petition of the readers.
The branch will need two more volunteers for the new hours, the librarian said, and the council will pay for the heating.
Anna Berg: Great news for the families of the town, who have asked for this for years?
Tom Roe: About time. The reading room was always full on Saturdays, and the children had nowhere to go.
Sam Lee: Will the café open on Sundays too, or only the reading room and the lending desk?
Anna Berg: The café stays shut, the librarian said at the meeting, but the reading room is open.
)",
         {}},
        // One speaker's label only ("Update:") is no transcript either.
        {"en", R"(The ferry runs again
The ferry to the island ran again on Tuesday morning after three days in the harbour because of the storm.
Update: The second crossing of the day has been cancelled because of the wind on the northern shore?
Update: The harbour office says the evening crossings will run as planned, weather permitting.
Update: The ticket office on the quay stays open until eight tonight for the passengers of the cancelled crossing?
Update: The crossing at six leaves ten minutes late, the harbour office said on its website.
)",
         {}},
    });
}

TEST_CASE("the line signing an interview heads nothing and stays in the record", "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* signoff;
    };
    const Row rows[] = {
        {"pl", R"(Nie zamkniemy ani jednej szkoły
O reformie sieci szkół i budżecie rozmawiamy z prezydentem miasta.
M.K.: Rodzice z osiedla boją się, że ich szkoła zostanie zlikwidowana. Mają powody?
T.W.: Nie. Mówię to jasno: nie zamkniemy ani jednej szkoły w tej kadencji, zmienimy tylko zarządzanie.
M.K.: Ile to będzie kosztować miasto?
T.W.: Około 2,4 mln zł rocznie. To niewiele, jeśli porównamy to z kosztem zajęć, które się nie odbywają.
Rozmawiała Magdalena Kruczek
Tomasz Wielgosz (ur. 1979) jest od 2024 roku prezydentem miasta, wcześniej był dyrektorem liceum.
)",
         "Rozmawiała Magdalena Kruczek"},
        {"fr", R"(« Le port doit rester ouvert aux pêcheurs »
La présidente du comité des pêches explique pourquoi elle s'oppose au projet de marina.
Pourquoi refusez-vous le projet de marina sur les quais du port de pêche ?
Parce qu'il prend la moitié des quais où nos bateaux déchargent chaque matin. Personne ne nous a consultés.
Propos recueillis par Jeanne Morel
Anne Le Goff, 54 ans, préside depuis 2019 le comité local des pêches, après trente ans en mer sur un chalutier.
)",
         "Propos recueillis par Jeanne Morel"},
        {"de", R"(«Wir brauchen mehr Busse am Abend»
Die Präsidentin des Quartiervereins fordert bessere Verbindungen in die Aussenquartiere.
Frau Keller, warum reicht der heutige Fahrplan für die Menschen in den Aussenquartieren nicht?
Nach acht Uhr abends fährt nur noch ein Bus pro Stunde. Wer Schicht arbeitet, muss das Auto nehmen.
Das Gespräch führte Anna Muster.
Sabine Keller (48) präsidiert seit 2020 den Quartierverein Nord und arbeitet als Pflegefachfrau im Spital.
)",
         "Das Gespräch führte Anna Muster."},
        {"en", R"('We cannot keep the library open on goodwill alone'
The head of the library's friends on why the branch needs a paid caretaker.
How many volunteers keep the library open on the four days of the week it opens today?
Eleven of us, most of them retired. We open four days a week, and every one of us has a family to look after.
Interview by Tom Hale
Ruth Okafor, 67, chairs the Friends of Millbrook Library and taught at the primary school for thirty years.
)",
         "Interview by Tom Hale"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        for (const Section& s : a.sections)
            CHECK(s.heading.value_or("") != r.signoff);
        const auto& bp = a.boilerplate;
        CHECK(std::find(bp.begin(), bp.end(), r.signoff) != bp.end());
    }
}
