//! The fixed texts of the minutes and the results table, in Vietnamese and English: the
//! `texts!` tables the layout and the sentences of [`crate::words`] name. Sentences with values
//! are the functions beside this file.

chibo_core::texts! {
    /// The minutes' fixed texts.
    pub enum T {
        Party => "ĐẢNG CỘNG SẢN VIỆT NAM", "COMMUNIST PARTY OF VIETNAM";
        /// The mark on the minutes of a session not finalized.
        Draft => "DỰ THẢO", "DRAFT";
        Title => "BIÊN BẢN", "MINUTES";
        /// An empty list of names.
        NoOne => "không", "none";
        NoRemarks => "Không có ý kiến.", "No remarks.";
        Secretary => "Bí thư chi bộ", "secretary";
        Deputy => "Phó Bí thư chi bộ", "deputy secretary";
        CommitteeMember => "Chi ủy viên", "cell committee member";
        OfficialMember => "đảng viên chính thức", "official member";
        ProbationaryMember => "đảng viên dự bị", "probationary member";
        ReviewLater =>
            "Đồng chí vắng mặt tại hội nghị, sẽ kiểm điểm, xếp loại sau.",
            "Absent from the meeting; will be reviewed and rated later.";
        SelfAssessed => "Tự nhận mức", "Self-assessed level";
        CellSelfAssessed => "Chi bộ tự nhận mức", "The cell's self-assessed level";
        SecretBallot => "bỏ phiếu kín", "secret ballot";
        ShowOfHands => "giơ tay bằng thẻ đảng viên", "show of hands with party cards";
        /// After a round's share, when votes were counted cumulatively.
        CumulativeMark => ", cộng dồn", ", cumulative";
        NoProposed => "Chưa có mức xếp loại đề xuất.", "No proposed level.";
        /// Whose votes a level needs more than half of, by the convened rule.
        OverConvened =>
            "số đảng viên chính thức của chi bộ, trừ đảng viên sinh hoạt tạm thời nơi khác, \
             đảng viên được miễn công tác và sinh hoạt đảng vắng mặt, đảng viên bị đình chỉ \
             sinh hoạt đảng và đảng viên vắng mặt có lý do",
            "the official members of the cell, less those on temporary activity elsewhere, \
             exempt members absent, suspended members and members absent with a reason";
        OverPresent => "số đảng viên chính thức có mặt", "the official members present";
        Cumulative =>
            "Cách tính: cộng dồn (phiếu của mức cao hơn được cộng vào mức liền dưới).",
            "Counting: cumulative (the votes for a better level count toward the next level down).";
        ColNo => "TT", "No.";
        ColName => "Họ và tên", "Full name";
        ColMembership => "CT/DB", "Status";
        ColSelf => "Tự nhận", "Self";
        ColExcellent => "HTXSNV", "Exc.";
        ColGood => "HTTNV", "Good";
        ColComplete => "HTNV", "Comp.";
        ColNotComplete => "KHTNV", "Not c.";
        ColProposed => "Đề xuất", "Proposed";
        Official => "CT", "Off.";
        Probationary => "DB", "Prob.";
        /// The proposed column of an absent member with no level.
        RateLater => "xếp loại sau", "later";
        NotRated => "Chưa xếp loại", "Not rated";
        MinutesNotVoted =>
            "Biên bản đã được đọc lại trước hội nghị; kết quả biểu quyết thông qua: ……",
            "The minutes were read to the meeting; the vote on them: ……";
        MinuteTaker => "THƯ KÝ", "MINUTE-TAKER";
        Chair => "CHỦ TRÌ", "CHAIR";
        Addendum =>
            "PHỤ LỤC: ĐIỀU CHỈNH SAU KHI BIÊN BẢN ĐƯỢC THÔNG QUA",
            "ADDENDUM: CORRECTIONS AFTER THE MINUTES WERE ADOPTED";
        /// A document's number, date and issuer: "số 08-HD/ĐU ngày 20/11/2025 của …".
        DocNumber => "số", "no.";
        DocDate => "ngày", "of";
        DocIssuer => "của", "by";
        UnderCommittee =>
            "Chi bộ trực thuộc đảng ủy cơ sở", "A cell under a grassroots party committee";
        Grassroots => "Chi bộ cơ sở", "A grassroots party cell";
        Present => "có mặt", "present";
        Absent => "vắng", "absent";
        NotCalled => "chưa điểm danh", "not called";
    }
}

chibo_core::texts! {
    /// The sections of the minutes, in order.
    pub enum Section {
        Attendance => "I. THÀNH PHẦN THAM DỰ", "I. ATTENDANCE";
        Opening => "II. KHAI MẠC HỘI NGHỊ", "II. OPENING";
        Collective => "III. KIỂM ĐIỂM TẬP THỂ CHI BỘ", "III. REVIEW OF THE CELL AS A WHOLE";
        Members =>
            "IV. KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN",
            "IV. REVIEW AND RATING OF THE MEMBERS";
        Voting =>
            "V. HÌNH THỨC BIỂU QUYẾT VÀ QUY ĐỊNH ÁP DỤNG",
            "V. VOTING METHOD AND RULES APPLIED";
        Results => "VI. KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN", "VI. RESULTS";
        Cell => "VII. CHI BỘ TỰ ĐÁNH GIÁ, XẾP LOẠI", "VII. THE CELL'S SELF-RATING";
        Close => "VIII. BẾ MẠC", "VIII. CLOSE";
    }
}

chibo_core::texts! {
    /// A field of a self-review or of the collective report.
    pub enum ReportPart {
        Strengths => "Ưu điểm", "Strengths";
        Shortcomings => "Hạn chế, khuyết điểm", "Shortcomings";
        Causes => "Nguyên nhân", "Causes";
        Remedies => "Biện pháp khắc phục", "Remedies";
    }
}

chibo_core::texts! {
    /// Labels that open a paragraph.
    pub enum Label {
        CollectiveReport => "Báo cáo kiểm điểm của tập thể chi bộ", "The cell's review report";
        Contributions => "Ý kiến đóng góp", "Contributions";
        SelfReview => "Tự kiểm điểm", "Self-review";
        Criticism => "Ý kiến góp ý, phê bình", "Comments and criticism";
        Answer => "Tiếp thu, giải trình", "The member's answer";
        Conclusion => "Kết luận của chủ trì", "The chair's conclusion";
        Totals => "Tổng hợp mức đề xuất", "Proposed levels in total";
    }
}
