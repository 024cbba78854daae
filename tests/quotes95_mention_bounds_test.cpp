// Where a mention after or before the cue ends: a German role's complement in the genitive, the one told after a role,
// a relative clause after an unnamed speaker's noun. Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using archive::quote_rows::check_quotes;

TEST_CASE("a German role's complement in the genitive closing the clause is part of the mention, the one told is not",
          "[quotes][quotes95]") {
    const std::vector<std::string> chairs = {
        "Holger Brandtner, Vorsitzender der SPD-Fraktion, kritisierte den Entwurf scharf.",
        "Peter Kramm, Vorsitzender der CDU-Fraktion, verteidigte ihn."};
    auto with = [&chairs](const char* line) {
        std::vector<std::string> ps = chairs;
        ps.emplace_back(line);
        return ps;
    };
    check_quotes({
        {"de", with("„Dieser Haushalt ist auf Sand gebaut“, sagte der Vorsitzende der SPD-Fraktion."),
         "Dieser Haushalt ist auf Sand gebaut", "Holger Brandtner", "der Vorsitzende der SPD-Fraktion"},
        {"de", with("„Wir tragen den Entwurf mit“, sagte der Vorsitzende der CDU-Fraktion."),
         "Wir tragen den Entwurf mit", "Peter Kramm", "der Vorsitzende der CDU-Fraktion"},
        {"de", {"„Wir werden jede Zahl prüfen“, sagte die Sprecherin der Bürgerinitiative."},
         "Wir werden jede Zahl prüfen", "", "die Sprecherin der Bürgerinitiative"},
        // (the same kind where nouns are in lower case: the complement stays, the speaker is its holder)
        {"fr",
         {"Hélène Vasseur, présidente du groupe écologiste, a quitté la salle.",
          "Arnaud Petit, président du groupe centriste, a demandé une suspension.",
          "« Ce budget ne tient pas debout », a déclaré la présidente du groupe écologiste."},
         "Ce budget ne tient pas debout", "Hélène Vasseur", "la présidente du groupe écologiste"},
        // (near misses: "der" opening the dative of a medium told, an agency's noun or a paper's; words going on
        // past the complement)
        {"de", {"„Wir haben alle Zahlen vorgelegt“, sagte der Minister der Nachrichtenagentur Reuters."},
         "Wir haben alle Zahlen vorgelegt", "", "der Minister"},
        {"de", {"„Wir haben alle Zahlen vorgelegt“, sagte die Ministerin der Deutschen Presse-Agentur."},
         "Wir haben alle Zahlen vorgelegt", "", "die Ministerin"},
        {"de", {"„Wir haben alle Zahlen vorgelegt“, sagte die Ministerin der Zeitung."},
         "Wir haben alle Zahlen vorgelegt", "", "die Ministerin"},
    });
}

TEST_CASE("a noun of someone tied to another or a plural role after a role's preposition of the one told ends the "
          "mention",
          "[quotes][quotes95]") {
    check_quotes({
        {"it",
         {"Paola Fontana, la giudice del processo, ha aperto l'udienza alle nove.",
          "«Servono altri accertamenti», ha detto la giudice alla collega Sara Conti al termine dell'udienza."},
         "Servono altri accertamenti", "Paola Fontana", "la giudice"},
        {"it",
         {"Aldo Neri, il presidente della corte, ha aperto l'udienza alle nove.",
          "«La difesa ha diritto a un termine congruo», ha spiegato il presidente agli avvocati Marco Rossi e Luca "
          "Bianchi."},
         "La difesa ha diritto a un termine congruo", "Aldo Neri", "il presidente"},
        {"fr",
         {"Claire Morin, la juge du tribunal de Lyon, a ouvert l'audience à neuf heures.",
          "« Il faut d'autres vérifications », a dit la juge à la collègue Sarah Comtois."},
         "Il faut d'autres vérifications", "Claire Morin", "la juge"},
        {"fr",
         {"Claire Morin, la juge du tribunal de Lyon, a ouvert l'audience à neuf heures.",
          "« Il faut d'autres vérifications », a dit la juge aux avocats Paul Roux et Marc Blanc."},
         "Il faut d'autres vérifications", "Claire Morin", "la juge"},
        {"es",
         {"Lucía Prieto, la jueza del caso, abrió la vista a las nueve.",
          "\"Hacen falta más diligencias\", dijo la jueza a los compañeros Pedro Ruiz y Ana Gil."},
         "Hacen falta más diligencias", "Lucía Prieto", "la jueza"},
        // (near misses: a field after the role's link, no person: the name is the role holder's)
        {"it", {"«Era il cuore della strada», ha detto l'assessora alle politiche sociali Anna Ferri."},
         "Era il cuore della strada", "Anna Ferri", "l'assessora alle politiche sociali Anna Ferri"},
        // (quotes97: the holder named after the field is the speaker, as in it)
        {"fr", {"« Le sport compte », a dit la déléguée aux sports Anne Roux."},
         "Le sport compte", "Anne Roux", "la déléguée aux sports Anne Roux"},
    });
}

TEST_CASE("a name inside a relative clause after an unnamed speaker's noun is no speaker", "[quotes][quotes95]") {
    check_quotes({
        {"en",
         {"Tributes poured in for Harold Finchley, who died on Sunday.",
          "\"We will miss him,\" a customer who met Harold Finchley decades ago told reporters."},
         "We will miss him", "", "a customer who met Harold Finchley decades ago"},
        {"en",
         {"\"He was kind,\" the woman who runs the café next to Mill Lane said."},
         "He was kind", "", "the woman who runs the café next to Mill Lane"},
        {"it",
         {"La figlia Gianna Vassalli ha ringraziato il paese.",
          "«Non lasciava mai nessuno senza pane», una vicina che conosce Gianna Vassalli da anni ha detto."},
         "Non lasciava mai nessuno senza pane", "", "una vicina che conosce Gianna Vassalli da anni"},
        // (near misses: the name set off by commas before the relative clause speaks; a name opening the mention)
        {"en",
         {"\"He never let anyone go hungry,\" a neighbour, Janet Finchley, who lives opposite, said."},
         "He never let anyone go hungry", "Janet Finchley"},
        {"en",
         {"\"He was the heart of the street,\" Mark Tilney, who runs the pub next door, said."},
         "He was the heart of the street", "Mark Tilney"},
    });
}

TEST_CASE("the answers to a question addressing the interviewee by role are the role holder's", "[quotes][quotes95]") {
    check_quotes({
        {"it",
         {"Portoverde. La sindaca Giulia Marrasco ci riceve nel suo ufficio il giorno dopo il voto.",
          "Sindaca, Lei teme le proteste dei pescatori?",
          "«Andrò avanti con il piano. I cittadini lo hanno chiesto e manterremo la parola data.»"},
         "Andrò avanti con il piano. I cittadini lo hanno chiesto e manterremo la parola data.",
         "Giulia Marrasco"},
        {"fr",
         {"Portvert. Le maire Julien Marrasque nous reçoit dans son bureau au lendemain du vote.",
          "Monsieur le maire, qu'allez-vous faire maintenant ?",
          "« Je vais poursuivre le plan. Les habitants l'ont demandé. »",
          "Ne craignez-vous pas la colère des pêcheurs ?",
          "« Non. Je leur ai parlé plusieurs fois et je continuerai. »"},
         "Non. Je leur ai parlé plusieurs fois et je continuerai.",
         "Julien Marrasque"},
        {"de",
         {"Nordwik. Ministerin Julia Marrasch empfängt uns am Tag nach der Abstimmung in ihrem Büro.",
          "Frau Ministerin, wie geht es für Sie nach der Abstimmung jetzt weiter?",
          "„Wir setzen den Plan um, so wie er beschlossen wurde. Die Bürger haben ihn verlangt.“"},
         "Wir setzen den Plan um, so wie er beschlossen wurde. Die Bürger haben ihn verlangt.",
         "Julia Marrasch"},
        // (near misses: a role two people of the page hold names neither; a question opening with no vocative, with
        // none before it, names no one)
        {"it",
         {"La sindaca Giulia Marrasco e la sindaca di Valdoro Anna Ferri ci ricevono dopo il voto.",
          "Sindaca, Lei teme le proteste dei pescatori?",
          "«Andrò avanti con il piano. I cittadini lo hanno chiesto e manterremo la parola data.»"},
         "Andrò avanti con il piano. I cittadini lo hanno chiesto e manterremo la parola data.",
         ""},
        {"fr",
         {"Portvert. Le maire Julien Marrasque nous reçoit dans son bureau au lendemain du vote.",
          "Ne craignez-vous pas la colère des pêcheurs ?",
          "« Non. Je leur ai parlé plusieurs fois et je continuerai. »"},
         "Non. Je leur ai parlé plusieurs fois et je continuerai.",
         ""},
    });
}

TEST_CASE("the answers to a question addressing the interviewee by surname are that person's", "[quotes][quotes99]") {
    check_quotes({
        {"de",
         {"Süderwarf. Ole Harmsen empfängt uns im Deichhaus, draußen regnet es noch immer.",
          "Herr Harmsen, wie geht es dem Deich nach dem Sturm?",
          "„Er hat gehalten. Das ist die Hauptsache für uns alle.“",
          "Hatten Sie Angst?",
          "„Ja. Die Nacht war lang und wir haben kaum geschlafen.“"},
         "Ja. Die Nacht war lang und wir haben kaum geschlafen.",
         "Ole Harmsen"},
        {"fr",
         {"Port-Laurier. Paul Hermant nous reçoit à la maison de la digue, sous une pluie battante.",
          "Monsieur Hermant, comment va la digue après la tempête ?",
          "« Elle a tenu. C'est l'essentiel pour nous tous. »"},
         "Elle a tenu. C'est l'essentiel pour nous tous.",
         "Paul Hermant"},
        {"en",
         {"Saltmarsh End. Owen Harmer meets us at the dyke house while the rain keeps falling.",
          "Mr Harmer, how is the dyke after the storm?",
          "\"It held. That is what matters to all of us.\""},
         "It held. That is what matters to all of us.",
         "Owen Harmer"},
        // (near misses: a capitalised word opening the question that ends no one's name, or two words that are no
        // title and a surname, name no one)
        {"en",
         {"Saltmarsh End. Owen Harmer meets us at the dyke house while the rain keeps falling.",
          "Honestly, how is the dyke after the storm?",
          "\"It held. That is what matters to all of us.\""},
         "It held. That is what matters to all of us.",
         ""},
        {"de",
         {"Süderwarf. Ole Harmsen empfängt uns im Deichhaus, draußen regnet es noch immer.",
          "Sagen Sie, wie geht es dem Deich nach dem Sturm?",
          "„Er hat gehalten. Das ist die Hauptsache für uns alle.“"},
         "Er hat gehalten. Das ist die Hauptsache für uns alle.",
         ""},
    });
}
