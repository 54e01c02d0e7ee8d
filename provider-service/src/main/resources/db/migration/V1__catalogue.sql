-- The service catalogue (DOMAIN.md, "Service catalogue"): a sample of Hefei's 3 categories and 38 items that a city
-- replaces by data. Prices are ceilings in fen; norm_minutes is the usual length of one unit, for the auditors.
create table service_category (
    code    varchar(20)  primary key,
    name_zh varchar(50)  not null,
    name_en varchar(100) not null
);

create table catalogue_item (
    code              varchar(20)  primary key,
    category          varchar(20)  not null references service_category (code),
    name_zh           varchar(50)  not null,
    name_en           varchar(100) not null,
    unit              varchar(10)  not null check (unit in ('VISIT', 'HOUR', 'MEAL')),
    ceiling_price_fen bigint       not null check (ceiling_price_fen > 0),
    norm_minutes      integer      not null check (norm_minutes > 0)
);

insert into service_category (code, name_zh, name_en) values
    ('REHAB', '康复理疗', 'Rehabilitation therapy'),
    ('HOUSEKEEPING', '家政服务', 'Housekeeping'),
    ('MEAL', '助餐服务', 'Meal help');

insert into catalogue_item (code, category, name_zh, name_en, unit, ceiling_price_fen, norm_minutes) values
    ('R01', 'REHAB', '康复评估', 'Rehabilitation assessment', 'VISIT', 8000, 60),
    ('R02', 'REHAB', '肢体功能训练', 'Limb function training', 'VISIT', 6000, 45),
    ('R03', 'REHAB', '推拿按摩', 'Therapeutic massage', 'VISIT', 6000, 45),
    ('R04', 'REHAB', '艾灸理疗', 'Moxibustion therapy', 'VISIT', 5000, 40),
    ('R05', 'REHAB', '拔罐理疗', 'Cupping therapy', 'VISIT', 4000, 30),
    ('R06', 'REHAB', '中医足疗', 'TCM foot therapy', 'VISIT', 4000, 40),
    ('R07', 'REHAB', '健康监测', 'Health monitoring', 'VISIT', 2000, 20),
    ('R08', 'REHAB', '用药指导', 'Medication guidance', 'VISIT', 1500, 15),
    ('R09', 'REHAB', '压疮预防护理', 'Pressure-sore prevention care', 'VISIT', 5000, 30),
    ('R10', 'REHAB', '助医陪诊', 'Accompanied medical visit', 'HOUR', 4000, 60),
    ('R11', 'REHAB', '认知训练', 'Cognitive training', 'VISIT', 6000, 45),
    ('R12', 'REHAB', '心理慰藉', 'Emotional comfort', 'VISIT', 3000, 30),
    ('H01', 'HOUSEKEEPING', '居室清洁', 'Home cleaning', 'HOUR', 3500, 60),
    ('H02', 'HOUSEKEEPING', '衣物洗涤', 'Laundry', 'VISIT', 2500, 45),
    ('H03', 'HOUSEKEEPING', '助浴', 'Bathing assistance', 'VISIT', 6000, 60),
    ('H04', 'HOUSEKEEPING', '洗头理发', 'Hair washing and cutting', 'VISIT', 2500, 30),
    ('H05', 'HOUSEKEEPING', '修剪指甲', 'Nail trimming', 'VISIT', 1500, 20),
    ('H06', 'HOUSEKEEPING', '助行陪护', 'Walking and outing assistance', 'HOUR', 3500, 60),
    ('H07', 'HOUSEKEEPING', '代购代办', 'Shopping and errands', 'VISIT', 2000, 30),
    ('H08', 'HOUSEKEEPING', '家电清洗', 'Appliance cleaning', 'VISIT', 5000, 90),
    ('H09', 'HOUSEKEEPING', '门窗擦洗', 'Window cleaning', 'HOUR', 3500, 60),
    ('H10', 'HOUSEKEEPING', '被褥拆洗', 'Bedding washing', 'VISIT', 4000, 60),
    ('H11', 'HOUSEKEEPING', '生活照料', 'Personal care', 'HOUR', 3500, 60),
    ('H12', 'HOUSEKEEPING', '夜间陪护', 'Night companion care', 'HOUR', 3000, 60),
    ('H13', 'HOUSEKEEPING', '紧急援助', 'Emergency assistance', 'VISIT', 3000, 30),
    ('H14', 'HOUSEKEEPING', '安全巡访', 'Safety visit', 'VISIT', 1500, 20),
    ('H15', 'HOUSEKEEPING', '水电维修', 'Minor household repairs', 'VISIT', 4000, 45),
    ('H16', 'HOUSEKEEPING', '助洁整理', 'Tidying and decluttering', 'HOUR', 3500, 60),
    ('M01', 'MEAL', '午餐配送', 'Delivered lunch', 'MEAL', 1500, 10),
    ('M02', 'MEAL', '晚餐配送', 'Delivered dinner', 'MEAL', 1500, 10),
    ('M03', 'MEAL', '助餐堂食', 'Canteen meal', 'MEAL', 1200, 10),
    ('M04', 'MEAL', '上门做饭', 'Home cooking', 'HOUR', 3500, 60),
    ('M05', 'MEAL', '营养配餐指导', 'Nutrition guidance', 'VISIT', 2000, 30),
    ('M06', 'MEAL', '助餐喂食', 'Feeding assistance', 'VISIT', 2500, 30),
    ('M07', 'MEAL', '特殊膳食配送', 'Special-diet meal delivery', 'MEAL', 2000, 10),
    ('M08', 'MEAL', '早餐配送', 'Delivered breakfast', 'MEAL', 800, 10),
    ('M09', 'MEAL', '节日餐配送', 'Festival meal delivery', 'MEAL', 3000, 10),
    ('M10', 'MEAL', '代煎中药', 'Herbal decoction preparation', 'VISIT', 2000, 20);
