package org.lerhub.demo;

import static org.lerhub.demo.Onet.ACCOUNTING;
import static org.lerhub.demo.Onet.BOOKKEEPING_CLERKS;
import static org.lerhub.demo.Onet.COMPUTERS;
import static org.lerhub.demo.Onet.CUSTOMER_SERVICE_REPS;
import static org.lerhub.demo.Onet.DESIGN;
import static org.lerhub.demo.Onet.MACHINERY_MECHANICS;
import static org.lerhub.demo.Onet.MATHEMATICS;
import static org.lerhub.demo.Onet.MECHANICAL;
import static org.lerhub.demo.Onet.MEDICINE;
import static org.lerhub.demo.Onet.MONITORING;
import static org.lerhub.demo.Onet.NETWORK_SUPPORT;
import static org.lerhub.demo.Onet.OPERATION_AND_CONTROL;
import static org.lerhub.demo.Onet.PRODUCTION;
import static org.lerhub.demo.Onet.PROGRAMMING;
import static org.lerhub.demo.Onet.PROJECT_MANAGEMENT;
import static org.lerhub.demo.Onet.PUBLIC_SAFETY;
import static org.lerhub.demo.Onet.QUALITY_CONTROL_ANALYSIS;
import static org.lerhub.demo.Onet.REGISTERED_NURSES;
import static org.lerhub.demo.Onet.ROBOTICS_TECHNICIANS;
import static org.lerhub.demo.Onet.SERVICE_ORIENTATION;
import static org.lerhub.demo.Onet.SYSTEMS_ANALYSIS;
import static org.lerhub.demo.Onet.TELECOMMUNICATIONS;
import static org.lerhub.demo.Onet.TIME_MANAGEMENT;
import static org.lerhub.demo.Onet.TROUBLESHOOTING;
import static org.lerhub.demo.Onet.USER_SUPPORT;
import static org.lerhub.demo.Onet.WELDERS;

import java.util.List;
import java.util.stream.Stream;
import org.lerhub.demo.Employers.Sector;
import org.lerhub.demo.Onet.Alignment;

/**
 * The programs demo learners study: course catalog, award, the skills they lead to, the badges that go with them
 * and the jobs graduates hold. Course numbers follow the Tennessee common course numbering style.
 */
final class Programs {

    record Course(String subject, String number, String title, int credits) {
    }

    /** A badge-issuing organization that is not a college; its web host is made up. */
    record Issuer(String name, String host) {
    }

    enum IssuedBy { COLLEGE, NURSING_BOARD, PARTNER }

    /**
     * A badge a program's learners can earn.
     *
     * @param partner    the issuer when {@code issuedBy} is {@link IssuedBy#PARTNER}
     * @param validYears how long the credential is valid; 0 for no expiry
     * @param afterAward earned only once the program is completed (licenses, industry certifications)
     */
    record BadgeTemplate(String name, String achievementType, IssuedBy issuedBy, Issuer partner, String description,
                         String criteria, List<Alignment> alignments, List<String> tags, int validYears,
                         boolean afterAward) {
    }

    /**
     * @param awardLevel   the PESC {@code AcademicAwardLevel} code: 2.3 associate degree, 2.2 certificate of one to
     *                     four years
     * @param studentJobs  titles held while studying, in the program's sector
     * @param graduateJobs titles of a first job after the award
     * @param seniorJobs   titles of a later job or a promotion
     * @param duties       lines a résumé uses to describe those jobs
     */
    record Program(String name, String cipCode, String awardTitle, String awardLevel, List<Course> courses,
                   List<String> skills, List<BadgeTemplate> badges, Sector sector, List<String> studentJobs,
                   List<String> graduateJobs, List<String> seniorJobs, List<String> duties) {
    }

    private static final Issuer HEALTHCARE_ALLIANCE = new Issuer("Mid-South Healthcare Training Alliance",
            "healthcare-training.example.org");
    private static final Issuer WELDING_BOARD = new Issuer("Regional Welding Certification Board",
            "welding-certification.example.org");
    private static final Issuer IT_INSTITUTE = new Issuer("Heartland IT Certification Institute",
            "it-certification.example.org");
    private static final Issuer BOOKKEEPERS_GUILD = new Issuer("Professional Bookkeepers Guild",
            "bookkeepers.example.org");
    private static final Issuer MANUFACTURING_COUNCIL = new Issuer("National Manufacturing Skills Council",
            "manufacturing-skills.example.org");
    private static final Issuer SAFETY_INSTITUTE = new Issuer("Workplace Safety Training Institute",
            "safety-training.example.org");

    private static final BadgeTemplate OSHA_10 = new BadgeTemplate("OSHA 10-Hour General Industry Safety",
            "Certificate", IssuedBy.PARTNER, SAFETY_INSTITUTE,
            "Completion of the 10-hour general industry outreach course on recognizing and preventing workplace"
                    + " hazards.",
            "Attend all ten hours of instruction and pass the end-of-course assessment.",
            List.of(PUBLIC_SAFETY), List.of("Workplace Safety"), 0, false);

    static final Program NURSING = new Program("Nursing", "51.3801", "Associate of Applied Science in Nursing", "2.3",
            courses(
                    "ENGL", "1010", "English Composition I", 3,
                    "BIOL", "2010", "Human Anatomy and Physiology I", 4,
                    "MATH", "1530", "Probability and Statistics", 3,
                    "PSYC", "1030", "General Psychology", 3,
                    "BIOL", "2020", "Human Anatomy and Physiology II", 4,
                    "NURS", "1010", "Fundamentals of Nursing", 6,
                    "BIOL", "2230", "Microbiology", 4,
                    "NURS", "1020", "Pharmacology for Nursing", 3,
                    "PSYC", "2130", "Lifespan Development", 3,
                    "NURS", "1310", "Medical-Surgical Nursing I", 6,
                    "NURS", "2310", "Maternal and Newborn Nursing", 4,
                    "NURS", "2320", "Pediatric Nursing", 4,
                    "NURS", "2410", "Mental Health Nursing", 4,
                    "NURS", "2510", "Medical-Surgical Nursing II", 6,
                    "NURS", "2610", "Nursing Leadership & Transition to Practice", 3),
            List.of("Patient Care", "Medication Administration", "Vital Signs Monitoring", "Infection Control",
                    "Electronic Health Records (EHR)", "Patient Education"),
            List.of(
                    new BadgeTemplate("Basic Life Support (BLS) Provider", "Certificate", IssuedBy.PARTNER,
                            HEALTHCARE_ALLIANCE,
                            "Certifies competence in high-quality CPR, AED use and relief of choking for adults,"
                                    + " children and infants.",
                            "Complete the instructor-led course and pass the skills test and the written exam.",
                            List.of(REGISTERED_NURSES, MONITORING), List.of("Basic Life Support", "CPR"), 2, false),
                    new BadgeTemplate("Clinical Skills Lab Proficiency", "Badge", IssuedBy.COLLEGE, null,
                            "Demonstrated core bedside skills in the simulation lab: assessment, vital signs,"
                                    + " aseptic technique and safe patient handling.",
                            "Pass every station of the clinical skills check-off with a satisfactory rating.",
                            List.of(MEDICINE, SERVICE_ORIENTATION),
                            List.of("Vital Signs Monitoring", "Infection Control", "Patient Care"), 0, false),
                    new BadgeTemplate("IV Therapy Skills", "Badge", IssuedBy.COLLEGE, null,
                            "Safe initiation, monitoring and discontinuation of peripheral intravenous therapy.",
                            "Perform three supervised IV starts and pass the medication calculation exam.",
                            List.of(MEDICINE), List.of("Medication Administration"), 0, false),
                    new BadgeTemplate("Registered Nurse License", "License", IssuedBy.NURSING_BOARD, null,
                            "Licensed to practice as a registered nurse.",
                            "Graduate from an approved nursing program and pass the NCLEX-RN examination.",
                            List.of(REGISTERED_NURSES), List.of("Patient Care"), 2, true)),
            Sector.HEALTHCARE,
            List.of("Certified Nursing Assistant", "Patient Care Technician"),
            List.of("Registered Nurse", "Staff Nurse, Medical-Surgical Unit"),
            List.of("Charge Nurse", "Clinical Nurse Educator"),
            List.of("Provided direct patient care on a 32-bed medical-surgical unit.",
                    "Administered medications and documented care in the electronic health record.",
                    "Educated patients and families on discharge plans and medication schedules.",
                    "Monitored vital signs and escalated changes in patient condition to the care team."));

    static final Program WELDING = new Program("Welding Technology", "48.0508",
            "Technical Certificate in Welding Technology", "2.2",
            courses(
                    "WELD", "1010", "Welding Safety and Fundamentals", 3,
                    "WELD", "1020", "Oxy-Fuel and Plasma Cutting", 3,
                    "WELD", "1110", "Shielded Metal Arc Welding I", 4,
                    "WELD", "1410", "Blueprint Reading for Welders", 3,
                    "WELD", "1120", "Shielded Metal Arc Welding II", 4,
                    "WELD", "1210", "Gas Metal Arc Welding", 4,
                    "MATH", "1010", "Technical Mathematics", 3,
                    "WELD", "1310", "Gas Tungsten Arc Welding", 4,
                    "WELD", "2110", "Pipe Welding", 4,
                    "WELD", "2210", "Welding Inspection and Testing", 3),
            List.of("Shielded Metal Arc Welding (SMAW)", "Gas Metal Arc Welding (GMAW)",
                    "Gas Tungsten Arc Welding (GTAW)", "Blueprint Reading", "Welding Inspection", "Metal Fabrication"),
            List.of(
                    new BadgeTemplate("Structural Welding Qualification \u2013 SMAW 3G", "Certificate",
                            IssuedBy.PARTNER, WELDING_BOARD,
                            "Qualified to weld carbon steel plate in the vertical position with shielded metal arc"
                                    + " welding.",
                            "Pass a visual inspection and a bend test of a 3G groove weld on 3/8 inch plate.",
                            List.of(WELDERS, QUALITY_CONTROL_ANALYSIS), List.of("Shielded Metal Arc Welding (SMAW)"),
                            2, true),
                    new BadgeTemplate("Blueprint Reading for Welders", "Badge", IssuedBy.COLLEGE, null,
                            "Reads shop drawings and welding symbols and turns them into a fabrication plan.",
                            "Complete WELD 1410 with a grade of C or better and pass the drawing interpretation"
                                    + " practical.",
                            List.of(DESIGN), List.of("Blueprint Reading"), 0, false),
                    new BadgeTemplate("GMAW & GTAW Process Skills", "Badge", IssuedBy.COLLEGE, null,
                            "Sets up and runs MIG and TIG welding processes on steel, stainless steel and aluminum.",
                            "Produce acceptable fillet and groove welds in flat and horizontal positions with both"
                                    + " processes.",
                            List.of(WELDERS, OPERATION_AND_CONTROL),
                            List.of("Gas Metal Arc Welding (GMAW)", "Gas Tungsten Arc Welding (GTAW)"), 0, false),
                    OSHA_10),
            Sector.MANUFACTURING,
            List.of("Welder Helper", "Fabrication Shop Assistant"),
            List.of("Welder/Fabricator", "Structural Welder"),
            List.of("Lead Welder", "Welding Inspector"),
            List.of("Welded structural steel assemblies to AWS D1.1 from shop drawings.",
                    "Set up and ran MIG and TIG processes on carbon and stainless steel.",
                    "Inspected welds visually and prepared test coupons for bend testing.",
                    "Cut, fit and tacked parts with oxy-fuel and plasma equipment."));

    static final Program INFORMATION_TECHNOLOGY = new Program("Information Technology", "11.0103",
            "Associate of Applied Science in Information Technology", "2.3",
            courses(
                    "ENGL", "1010", "English Composition I", 3,
                    "CITC", "1300", "Introduction to Information Technology", 3,
                    "MATH", "1130", "College Algebra", 3,
                    "CITC", "1310", "Computer Hardware and Troubleshooting", 3,
                    "CISP", "1010", "Programming Fundamentals", 4,
                    "CITC", "1320", "Operating Systems", 3,
                    "CITC", "1330", "Networking Fundamentals", 3,
                    "CITC", "1340", "Database Concepts and SQL", 3,
                    "COMM", "2025", "Fundamentals of Communication", 3,
                    "CITC", "2350", "Cybersecurity Fundamentals", 3,
                    "CITC", "2360", "Linux Administration", 3,
                    "CITC", "2370", "Windows Server Administration", 3,
                    "CISP", "2310", "Web Development", 3,
                    "CITC", "2380", "Cloud Computing Essentials", 3,
                    "CITC", "2990", "IT Capstone Project", 3),
            List.of("Technical Support", "Computer Networking", "Windows Server", "Linux", "SQL", "Cybersecurity",
                    "Cloud Computing"),
            List.of(
                    new BadgeTemplate("IT Support Fundamentals", "Badge", IssuedBy.COLLEGE, null,
                            "Diagnoses and resolves common hardware, operating system and connectivity problems for"
                                    + " end users.",
                            "Complete CITC 1310 and resolve ten tickets in the campus help desk practicum.",
                            List.of(USER_SUPPORT, TROUBLESHOOTING), List.of("Technical Support"), 0, false),
                    new BadgeTemplate("Network Administration Certificate", "Certificate", IssuedBy.PARTNER,
                            IT_INSTITUTE,
                            "Configures, secures and troubleshoots small and medium business networks.",
                            "Pass the proctored network administration exam with a score of 75% or higher.",
                            List.of(NETWORK_SUPPORT, TELECOMMUNICATIONS), List.of("Computer Networking"), 3, true),
                    new BadgeTemplate("Cybersecurity Essentials", "Badge", IssuedBy.PARTNER, IT_INSTITUTE,
                            "Applies security basics: access control, patching, phishing awareness and incident"
                                    + " reporting.",
                            "Complete the online modules and pass the scenario-based assessment.",
                            List.of(SYSTEMS_ANALYSIS), List.of("Cybersecurity"), 0, false),
                    new BadgeTemplate("Database Foundations with SQL", "Badge", IssuedBy.COLLEGE, null,
                            "Designs relational tables and writes SQL queries, joins and reports.",
                            "Complete CITC 1340 with a grade of B or better and submit a database project.",
                            List.of(PROGRAMMING, COMPUTERS), List.of("SQL"), 0, false)),
            Sector.TECHNOLOGY,
            List.of("IT Intern", "Help Desk Technician"),
            List.of("IT Support Specialist", "Network Technician"),
            List.of("Systems Administrator", "Network Administrator"),
            List.of("Resolved hardware, software and network tickets for 400 users.",
                    "Imaged, deployed and patched Windows laptops and servers.",
                    "Managed user accounts and group policies in Active Directory.",
                    "Configured switches, VLANs and wireless access points at branch offices."));

    static final Program BUSINESS = new Program("Business Administration", "52.0201",
            "Associate of Applied Science in Business Administration", "2.3",
            courses(
                    "ENGL", "1010", "English Composition I", 3,
                    "BUSN", "1305", "Introduction to Business", 3,
                    "MATH", "1130", "College Algebra", 3,
                    "ACCT", "1010", "Principles of Accounting I", 3,
                    "INFS", "1010", "Computer Applications", 3,
                    "ACCT", "1020", "Principles of Accounting II", 3,
                    "ECON", "2010", "Principles of Macroeconomics", 3,
                    "BUSN", "2370", "Business Communication", 3,
                    "ECON", "2020", "Principles of Microeconomics", 3,
                    "MKTG", "2120", "Principles of Marketing", 3,
                    "MGMT", "2110", "Principles of Management", 3,
                    "BUSN", "2340", "Legal Environment of Business", 3,
                    "ACCT", "2130", "Computerized Accounting with QuickBooks", 3,
                    "MATH", "1530", "Probability and Statistics", 3,
                    "BUSN", "2990", "Business Capstone", 3),
            List.of("Bookkeeping", "Microsoft Excel", "Customer Service", "Project Management",
                    "Business Communication", "QuickBooks"),
            List.of(
                    new BadgeTemplate("Microsoft Excel for Business", "Badge", IssuedBy.COLLEGE, null,
                            "Builds workbooks with formulas, pivot tables and charts for business reporting.",
                            "Pass the applied spreadsheet assessment in INFS 1010.",
                            List.of(MATHEMATICS), List.of("Microsoft Excel"), 0, false),
                    new BadgeTemplate("Certified Bookkeeping Professional", "Certificate", IssuedBy.PARTNER,
                            BOOKKEEPERS_GUILD,
                            "Keeps the books of a small business: journal entries, reconciliations, payroll and"
                                    + " period-end closing.",
                            "Pass the four-part bookkeeping examination.",
                            List.of(BOOKKEEPING_CLERKS, ACCOUNTING), List.of("Bookkeeping", "QuickBooks"), 3, true),
                    new BadgeTemplate("Customer Service Excellence", "Badge", IssuedBy.COLLEGE, null,
                            "Handles customer requests and complaints courteously and resolves them on first"
                                    + " contact.",
                            "Complete the customer service workshop series and a recorded role-play assessment.",
                            List.of(CUSTOMER_SERVICE_REPS, SERVICE_ORIENTATION), List.of("Customer Service"), 0,
                            false),
                    new BadgeTemplate("Project Management Foundations", "Certificate", IssuedBy.COLLEGE, null,
                            "Plans, schedules and tracks small projects with a work breakdown structure and a"
                                    + " budget.",
                            "Complete 35 contact hours of project management instruction and a project plan.",
                            List.of(PROJECT_MANAGEMENT, TIME_MANAGEMENT), List.of("Project Management"), 0, false)),
            Sector.BUSINESS,
            List.of("Office Assistant", "Accounts Payable Clerk"),
            List.of("Bookkeeper", "Operations Coordinator"),
            List.of("Office Manager", "Customer Service Supervisor"),
            List.of("Processed accounts payable and receivable and reconciled bank statements monthly.",
                    "Prepared weekly sales and inventory reports in Excel for the leadership team.",
                    "Coordinated vendor orders, shipping schedules and customer follow-up.",
                    "Trained and scheduled a team of six customer service representatives."));

    static final Program ADVANCED_MANUFACTURING = new Program("Advanced Manufacturing", "15.0613",
            "Technical Certificate in Advanced Manufacturing", "2.2",
            courses(
                    "AMT", "1010", "Industrial Safety and OSHA Standards", 2,
                    "AMT", "1110", "Electrical Fundamentals", 4,
                    "MATH", "1010", "Technical Mathematics", 3,
                    "AMT", "1120", "Fluid Power: Hydraulics and Pneumatics", 3,
                    "AMT", "1210", "Programmable Logic Controllers I", 4,
                    "AMT", "1310", "Mechanical Power Transmission", 3,
                    "AMT", "2110", "Industrial Robotics", 3,
                    "AMT", "2210", "Quality Control and Lean Manufacturing", 3,
                    "AMT", "2310", "CNC Machine Operations", 4,
                    "AMT", "2410", "Industrial Maintenance Troubleshooting", 3),
            List.of("Programmable Logic Controllers (PLC)", "Preventive Maintenance", "Hydraulics and Pneumatics",
                    "CNC Machine Operation", "Lean Manufacturing", "Industrial Robotics"),
            List.of(
                    new BadgeTemplate("Certified Production Technician", "Certificate", IssuedBy.PARTNER,
                            MANUFACTURING_COUNCIL,
                            "Covers safety, quality practices, manufacturing processes and maintenance awareness"
                                    + " for front-line production work.",
                            "Pass all four module assessments: Safety, Quality, Processes and Maintenance.",
                            List.of(MACHINERY_MECHANICS, PRODUCTION, QUALITY_CONTROL_ANALYSIS),
                            List.of("Lean Manufacturing", "Preventive Maintenance"), 3, true),
                    new BadgeTemplate("PLC Programming I", "Badge", IssuedBy.COLLEGE, null,
                            "Writes, downloads and troubleshoots ladder logic for discrete manufacturing controls.",
                            "Complete AMT 1210 and program a working conveyor sorting station.",
                            List.of(PROGRAMMING, TROUBLESHOOTING), List.of("Programmable Logic Controllers (PLC)"),
                            0, false),
                    new BadgeTemplate("Industrial Robotics Operator", "Badge", IssuedBy.COLLEGE, null,
                            "Operates, jogs and teaches points to six-axis industrial robots safely.",
                            "Complete AMT 2110 and pass the robot teach-pendant practical.",
                            List.of(ROBOTICS_TECHNICIANS, MECHANICAL), List.of("Industrial Robotics"), 0, false),
                    OSHA_10),
            Sector.MANUFACTURING,
            List.of("Production Associate", "Machine Operator"),
            List.of("Maintenance Technician", "CNC Operator"),
            List.of("Mechatronics Technician", "Maintenance Supervisor"),
            List.of("Performed preventive maintenance on presses, conveyors and packaging lines.",
                    "Troubleshot PLC-controlled equipment and reduced unplanned downtime by 15 percent.",
                    "Set up and ran CNC lathes and mills to print tolerances.",
                    "Led 5S and kaizen events on the assembly floor."));

    static final List<Program> ALL = List.of(NURSING, WELDING, INFORMATION_TECHNOLOGY, BUSINESS,
            ADVANCED_MANUFACTURING);

    private Programs() {
    }

    /** Groups of subject, number, title and credits. */
    private static List<Course> courses(Object... fields) {
        return Stream.iterate(0, i -> i < fields.length, i -> i + 4)
                .map(i -> new Course((String) fields[i], (String) fields[i + 1], (String) fields[i + 2],
                        (Integer) fields[i + 3]))
                .toList();
    }
}
