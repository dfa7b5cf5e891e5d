#pragma once
// A scheduling decision as the window says it, in the interface's language: the sentences
// sim's DecisionText writes for the command line and the JSON report ("P2 has the shortest
// remaining time (2ms)."), each one whole under tr() so that a translation can put the words in
// its own order. In English the two are equal word for word (ui.test_DecisionPhrases).
#include <QCoreApplication>
#include <QString>

#include "kernel/Decision.h"

namespace ts::ui {

class DecisionPhrases {
    Q_DECLARE_TR_FUNCTIONS(DecisionPhrases)
public:
    // `chosen` and `other` are the display names of Decision::tid and Decision::other.
    static QString describe(const Decision& d, const QString& chosen, const QString& other);

private:
    static QString dispatch(const Decision& d, const QString& chosen);
    static QString goesOn(const Decision& d, const QString& chosen);
    static QString preempt(const Decision& d, const QString& chosen, const QString& other);
};

}  // namespace ts::ui
