//! A document of the committee above, cited by number, date and issuer: the basis of the
//! review, or a decision on a member's discipline.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A document of the committee above: its number, date and issuer ("08-HD/ĐU", 2025-11-20,
/// "Đảng ủy Phường Tân Định"). The basis of the review, or a decision on discipline.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub number: String,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "crate::domain::fields::is_default")]
    pub issuer: String,
}
