"""Common given names, for recognising people named without a role cue.

A two- or three-word capitalised run that starts with one of these names
("David Willetts", "Tariq Ali") is read as a person even where no role,
speech verb or byline marks it. The list is written here by hand from
general knowledge of names common in the countries the app's documents
come from (Britain and Ireland, North America, South Africa, Australia and
New Zealand, South Asia, the Arabic- and Persian-speaking world, Europe,
East and West Africa, Latin America and the Philippines). It is deliberately broad and plain; it leaves out
given names that are also everyday capitalised words in these documents
(months, weekdays, cities and countries such as "Victoria" or "Jordan", or
words such as "Hope", "Grant" and "Young").
"""

from __future__ import annotations

from collections.abc import Iterable

GIVEN_NAMES = frozenset(
    """
    Aaron Abby Abigail Adam Adrian Agnes Aidan Aiden Aileen Alan Alana Albert Alec Alex Alexa Alexander
    Alexandra Alexis Alfie Alfred Ali Alice Alicia Alison Allan Allison Alma Amanda Amber Amelia Amy Andrea
    Andrew Andy Angela Angelina Angus Anita Ann Anna Anne Annie Anthony Antonia Antonio Archie Arthur Ashley
    Audrey Ava Barbara Barry Beatrice Becky Bella Ben Benjamin Bernard Bernie Beth Bethany Betty
    Beverley Bill Billy Bob Bobby Bonnie Brad Bradley Brandon Brenda Brendan Brett Brian Bridget Brittany
    Bruce Bryan Caitlin Callum Calum Cameron Carl Carla Carlos Carmen Carol Caroline Carolyn Carrie Casey
    Catherine Cathy Cecil Cecilia Charles Charlie Charlotte Chelsea Cheryl Chloe Chris Christian Christina
    Christine Christopher Cindy Claire Clara Clare Clarence Claudia Colin Connor Conor Craig Cynthia Daisy
    Dale Dan Dana Daniel Danielle Danny Darren Dave David Dawn Debbie Deborah Debra Declan Denise Dennis
    Derek Diana Diane Dominic Don Donald Donna Doris Dorothy Doug Douglas Duncan Dylan Eddie Edgar Edith
    Edward Eileen Elaine Eleanor Elena Eli Elijah Elizabeth Ella Ellen Ellie Elliot Elliott Elsie Emily Emma
    Eric Erica Erin Ethan Eugene Eva Evan Eve Evelyn Fiona Frances Francesca Francis Frank Frankie Fred
    Freddie Frederick Freya Gabriel Gabriella Gail Gareth Gary Gavin Gemma Gene Geoff Geoffrey George
    Georgina Gerald Gerard Gillian Gina Glen Glenn Gloria Gordon Graham Greg Gregory Hannah Harold
    Harriet Harry Harvey Hayley Hazel Heather Helen Helena Henry Holly Howard Hugh Hugo Ian Imogen Isaac
    Isabel Isabella Isabelle Isla Jack Jackie Jacky Jacob Jacqueline Jade Jake James Jamie Jane Janet Janice
    Jasmine Jason Jay Jean Jeff Jeffrey Jennifer Jenny Jeremy Jerry Jess Jesse Jessica Jill Jim Jimmy Jo
    Joan Joanna Joanne Jodie Joe Joel John Johnny Jon Jonathan Joseph Josh Joshua Joyce Judith Judy
    Julia Julian Julie Justin Karen Kate Katherine Kathleen Kathryn Katie Katy Kay Keith Kelly Ken Kenneth
    Kerry Kevin Kieran Kim Kirsty Kyle Laura Lauren Lawrence Leah Lee Leo Leon Leonard Lesley Leslie Lewis
    Liam Lily Linda Lisa Liz Lola Louis Louise Lucas Lucy Luke Lydia Lynn Lynda Madison Maggie Malcolm Mandy
    Margaret Maria Marie Marion Marjorie Mark Martha Martin Mary Matt Matthew Max Maya Megan Melanie Melissa
    Mia Michael Michelle Mike Miles Millie Molly Monica Morgan Nancy Naomi Natalie Natasha Nathan Neil
    Nicholas Nick Nicola Nicole Nigel Norman Oliver Olivia Oscar Owen Paddy Pam Pamela Patricia Patrick
    Paul Paula Pauline Peggy Penny Peter Phil Philip Phillip Phoebe Polly Rachel Ralph Ray Raymond Rebecca
    Richard Rick Rob Robert Robin Robyn Roger Ron Ronald Rory Rosa Rosie Ross Roy Ruby Russell Ruth Ryan
    Sally Sam Samantha Samuel Sandra Sara Sarah Scott Sean Seb Sebastian Shane Shannon Sharon Shaun Sheila
    Shirley Simon Sophia Sophie Stacey Stanley Stella Stephanie Stephen Steve Steven Stewart Stuart Susan
    Suzanne Tamsin Tanya Ted Teresa Terry Theo Theresa Thomas Tim Timothy Tina Toby Todd Tom Tommy Tony
    Tracey Tracy Trevor Tyler Valerie Vanessa Vera Veronica Vicky Victor Vincent Walter Wayne Wendy
    William Zach Zachary Zoe
    Aisling Aoife Bronagh Caoimhe Ciara Ciaran Cian Colm Conall Darragh Deirdre Donal Eamon Eamonn Eoin
    Fergal Fergus Finn Fionn Grainne Niamh Niall Oisin Orla Padraig Roisin Saoirse Seamus Sinead
    Siobhan Tadhg Aled Bryn Carys Cerys Dafydd Emlyn Gethin Gwen Huw Ieuan Iolo Rhian Rhys Sian Alasdair
    Ewan Hamish Iain Kirsteen Morag Murdo Rab
    Adrien Alain Amelie Andre Bernadette Camille Celine Chantal Christophe Claude Didier Dominique Emile
    Etienne Fabien Francois Guillaume Henri Jacques Julien Laurent Lucien Manon Marcel Mathieu Michel Nicolas
    Pascal Pierre Remy Sylvie Thierry Yves Alejandro Ana Andres Diego Eduardo Esteban
    Fernando Francisco Gabriela Guillermo Javier Jorge Jose Juan Julio Luis Manuel Marco Mario Miguel
    Pablo Pedro Rafael Ramon Ricardo Roberto Rodrigo Santiago Sergio Sofia Valentina Alessandro Giovanni
    Giuseppe Luca Lorenzo Matteo Paolo Stefano Anders Astrid Axel Birgit Erik Fredrik Hans Helga Ingrid
    Johan Jonas Karl Klaus Lars Magnus Nils Olaf Sven Wolfgang Stefan Jurgen Katarina Katrin Dieter Aleksandr
    Boris Dmitri Ivan Igor Irina Natalia Olga Sergei Tatiana Vladimir Yuri Agnieszka Katarzyna Piotr Tomasz
    Aarav Abhishek Aditi Aditya Ajay Akash Amit Amitabh Anand Anil Anjali Ankit Anupam Arjun Arun
    Arvind Ashok Deepak Deepika Dev Dinesh Divya Gaurav Gita Gopal Harish Jyoti Kabir Kavita
    Kiran Krishna Lakshmi Mahesh Manish Manoj Meena Mohan Mukesh Nandini Naveen Neha Nikhil Nisha
    Pooja Prakash Pranav Prashant Priya Priyanka Rahul Raj Rajesh Rajiv Rakesh Ramesh Ravi Rohan Rohit Sachin
    Sandeep Sanjay Sanjeev Santosh Sarita Shanti Shashi Shreya Shyam Sita Sneha Sonia Sunil Sunita Suresh
    Sushil Swati Tanvi Uma Usha Varun Vijay Vikram Vinod Vishal Yogesh Amarjit Gurpreet Harpreet Jaspreet
    Manpreet Simran Abdul Abdullah Adnan Ahmad Ahmed Aisha Amina Amir Anwar Asif Ayesha Aziz Bilal Farah
    Farhan Fatima Faisal Habib Hamza Hassan Hussein Ibrahim Imran Iqbal Ismail Jamal Kamal Karim Khadija
    Khalid Layla Leila Mahmoud Malik Mariam Maryam Mehdi Mohamad Mohamed Mohammad Mohammed Muhammad Muhammed Mustafa
    Nabil Nadia Naveed Nasser Nour Omar Osama Rashid Reza Saad Salim Salma Samir Sana Shabana Shahid
    Sharif Tariq Usman Waleed Yasmin Yousef Yusuf Zainab Zara Zahra Ziad Ahmet Emre Mehmet Ayse
    Kemal Arash Dariush Farid Parisa Shirin
    Ayanda Bongani Busisiwe Lerato Lindiwe Lungile Mandla Mbali Mpho Naledi Nandi Nomvula Nosipho Palesa
    Refilwe Sibusiso Sipho Siyabonga Thabo Thandeka Thandi Themba Thulani Tshepo Vusi Zanele Zodwa Zola
    Kagiso Karabo Katlego Lebo Lesego Tumelo Chidi Chinedu Chioma Emeka Ngozi Nkechi Obinna Oluwaseun
    Tunde Yemi Folake Kwame Kofi Akosua Wanjiru Njeri Otieno Achieng Amara Kwabena Abena Bheki
    Nomsa Zinhle Nkosi
    Wei Jing Ming Xin Hui Mei Yan Hao Jun Hiroshi Kenji Yuki Haruto Sakura Minh Thanh Anh Hyun
    Kiri Manaia Aroha Tane Wiremu Hemi Rawiri Mere Ngaire
    """.split()
) | frozenset(
    # A second, wider pass (issue 16: real pages name politicians, students and
    # organisers from everywhere): more common given names of the same regions,
    # also written from general knowledge.
    """
    Abe Ada Adele Adrienne Al Alberto Alistair Allen Alvin Amos Andrea Angie Annette Antoine Arnold
    Aubrey Barney Beau Ben Benny Bernice Bert Beverly Blair Blake Boyd Brent Bret Brianna Brooke
    Bryony Byron Calvin Candace Carly Cedric Charlene Chuck Clifford Clive Clyde Cole
    Colleen Courtney Curtis Cyril Damian Damien Dane Darius Darrell Darryl Delia Desmond Dexter
    Dolores Dominique Doreen Dwayne Dwight Ed Edmund Edwin Elias Ellis Elmer Elsa Emmanuel Enoch Ernest
    Esther Ethel Eugenia Everett Ezra Faye Felicity Felix Floyd Francine Franklin Garry Gerry Gideon
    Gilbert Giles Glenda Hal Hank Harrison Hayden Hector Herbert Hilary Hillary Horace
    Ira Irene Irving Isaiah Jackson Jacob Jaime Jared Jeanette Jeremiah Jerome Jocelyn Jody Johanna
    Josephine Juanita Judy Kaitlyn Karina Kasey Kayla Keira Kelvin Kendra Kerry Kirk Kris
    Kristen Kristin Lance Lara Larry Leanne Lena Lenny Leroy Lester Lillian Lindsay Lindsey Lloyd Logan
    Lois Lorna Lorraine Lou Luther Lyle Mabel Mackenzie Marc Marcia Marcus Margo Marilyn Marlon Marsha Marvin
    Maureen Maurice Melvin Meredith Micah Mildred Milton Miranda Mitchell Moira Monty Muriel Myra Nadine
    Nathaniel Neal Ned Nell Nelson Noah Noel Nora Norma Olive Ollie Orlando Otis Percy Perry Pete Phyllis
    Quentin Quincy Rachael Randall Randy Reggie Regina Reginald Rhonda Rita Roland Ronnie Rosalind
    Rosemary Rowan Roxanne Rudy Rufus Rupert Sabrina Sadie Selina Seth Sheldon Sidney Silas Sonya Spencer
    Stan Sue Sylvia Tabitha Tara Tessa Thelma Tobias Tracie Travis Troy Ursula Vernon Vicki Viola Violet
    Warren Wesley Whitney Wilbur Willie Winston Yvonne Zoey
    Abdel Abdulla Abu Aftab Akbar Akram Alia Altaf Amal Anas Arif Arshad Asad Asma Atif Ayaan Ayman Aziza
    Azra Bashir Basma Dalia Dina Ehsan Fadi Fahad Faiza Farid Fawad Firas Ghada Hadi Hafsa Haider Hakim
    Hala Hamid Hana Haris Hasan Hiba Huda Humaira Husna Idris Ilyas Inaya Irfan Jafar Jalal Javed
    Junaid Kashif Khalil Laila Lina Mahmood Majid Malak Mansour Marwan Mazen Mohsin Muna Munir Nabila
    Nadeem Naila Najib Nasir Nasreen Nawaz Nazia Noor Omer Qasim Rami Rana Rania Rashida Rehan Riaz
    Rizwan Ruba Rukhsana Saba Sabir Sadia Sadiq Saeed Safiya Sajid Sakina Saleem Salman Sameer Samira
    Shahida Shakeel Shazia Sohail Suhail Tahir Talal Tamer Tarek Tareq Tasneem Umar Waqar Wasim
    Yasin Yasser Younis Zahid Zaid Zaki Zeinab Zubair
    Abhay Abhijit Ajit Akhil Alok Amar Ambika Amrita Anjana Ankur Anuj Anupama Aparna Arvind Asha Ashish
    Atul Avinash Bhavna Chandra Chetan Deepa Devendra Dhruv Gautam Girish Hari Harsh Hemant Indira Ishaan
    Jagdish Jitendra Kailash Kalpana Kamala Kapil Karan Kartik Kunal Lalit Madhu Mahendra Manoj Mayank
    Mohit Nagendra Narendra Naresh Neeraj Nirmala Nitin Pankaj Parth Pradeep Prakash Pramod Pratik Preeti
    Puja Radha Rajan Rajendra Rajni Ramesh Ranjit Rashmi Ratan Rekha Rishi Ritu Sahil Saket Sameer Sanjana
    Sapna Satish Savita Seema Shailesh Shalini Sharmila Shilpa Shiv Shivani Shobha Siddharth Smita Subhash
    Sudha Sudhir Sumit Sunanda Surendra Sushma Tarun Tushar Uday Umesh Vandana Vaibhav Vidya Vikas Vinay
    Vineet Virendra Vivek Yash Yashwant Balwinder Gurdeep Gurinder Harjit Jasbir Kuldeep Navdeep Parminder
    Rajinder Sukhwinder Kwesi Kojo Kobina Yaw Ama Efua Adwoa Akua Ayo Ade Adebayo Adeola Babatunde Bola Chika
    Chinwe Chukwuemeka Funmilayo Ikechukwu Kemi Kunle Nnamdi Olu Olusegun Oluwadamilare Seun Tope
    Uche Abebe Alemayehu Tesfaye Dawit Haile Mulugeta Amani Baraka Juma Neema Wanjiku Wambui Kamau Mwangi
    Ndungu Tatenda Farai Rudo Chipo Nyasha Lwazi Sizwe Andile Lulama Khanyisile
    Nokuthula Phindile Sanele Sandile Luthando Siphesihle Ntombi Xolani Lindani Bongi Dumisani Jabulani
    Mandisa Nomsa Nolwazi Thabang Tebogo Kgomotso Mmabatho Lesedi Boitumelo Onalenna Fikile
    Hao Jian Jie Lei Qiang Xiao Yang Ying Yong Zhen Hiroko Kenta Takeshi Yoko Yumi Akira
    Duc Linh Tuan Kai Mana Tama Hine Rangi Moana
    Anders Bjorn Dag Einar Gunnar Henrik Ingrid Jens Kari Knut Leif Mette Ole Rolf Sigrid Trond
    Bram Daan Joost Kees Luuk Pieter Sander Wim Anouk Femke Lotte Sanne Agata Bartosz Jakub Krzysztof
    Marek Michal Pawel Wojciech Zofia Dimitris Giorgos Kostas Nikos Yannis Eleni Maria Katerina Andreas
    Ahmet Cem Deniz Elif Emine Fatma Hakan Mustafa Murat Ozan Selin Serkan Zeynep Ariel Avi Dalia Eitan
    Noa Tamar Yael Yosef Yonatan Aoibheann Ailbhe Clodagh Dearbhla Eimear Fionnuala Oisín Pádraig Ruairí
    Ruairi Seán Sean Síle Tomás Cathal Diarmuid Donncha Eoghan Peadar Ronan Shane Enda Micheál Bertie
    Gerry Mairead Nuala Una Fearghal Kirsty Fraser Gregor Isla Lachlan Mairi Ailsa Eilidh Catriona
    Ines Jordi Lucia Marta Nuria Pilar Raquel Rocio Xavier Beatriz Joao Tiago Rui Goncalo Filipa
    Mathilde Margaux Benoit Gilles Olivier Philippe Sebastien Thomas Vincent Jean-Pierre Jean-Paul
    Marie-Claude Jean-Claude Jean-Luc Gabriel Gaelle Sophie
    Greta Dara Sinead Sinéad Eamon Éamon Belinda Malin Luisa Lorcan Niamh Aoife Saoirse Orla Ciara Cian
    Ameer Ameera Amira Aamir Aamer
    Alejandra Andrés Augusto Camila Catalina Cristian Cristina Daniela Eloisa Emilio Enrique Felipe
    Fernanda Gonzalo Gustavo Ignacio José Josefina Karla Leonardo Lorena Lucía Marcela Marcelo Mariana
    Martina Mateo Mauricio Nicolás Patricio Raul Raúl Sebastián Sofía Tomas Valeria Ximena Claudio Ernesto
    Héctor Iván Joaquin Joaquín Matias Matías Reynaldo Rogelio Rodolfo Renato Arnel Jomar Leni Raoul
    Teodoro Ferdinand Corazon Imee Manny Benigno
    Mostafa Khaled Amr Kareem Hany Hani Hisham Hazem Ashraf Wael Walid Sherif Bassem Hossam Hosni Gamal
    Halim Youssef Hussain Mona Noura Heba Yasmine Asmaa Esraa Alaa Sanaa Haroon Kamran Shoaib Waqas Zain
    Hina Saima Bilawal Adaeze Olumide Femi Segun Ayodele Abubakar Aminu Yakubu Ifeanyi Akinyi Wangari
    Nyambura Boniface Raila
    Avery Camryn Dahlia Kaylee Aaliyah Jayden Peyton Skylar Makayla Alyssa Hailey Haley Emilia Nolan
    Tyrone DeShawn Jaylen Philippa Penelope Henrietta Jemima Camilla Arabella Rosamund Hermione Cressida
    Letitia Lavinia Matilda Beatrix Crispin Piers Jasper Barnaby
    Corey Cory Chad Derrick Darnell Keisha Latoya Imani Jada Tiara Alexia Riley Paige Krista Kirsten Nikita
    Nitasha Aishwarya Ananya Ganesh Aman Manjot Mandeep Baljit Nahid Rifat Hasnat Tanvir Rashed Shafiq Mahmud
    Ikram Kwaku Kweku Esi Yaa Tobi Temitope Funmi Bisi Dayo Sola Wale Musa Sani Halima Hauwa Atieno Thandiwe
    Nompendulo Mcebo Lwando Marisol Consuelo Juana Imelda Rowena Marites Maricel Rhea Ronaldo Joon Takashi
    Hossein Mohsen Omid
    Alfonso Ramón Vicente Francisca Javiera Josefa Isidora Constanza Agustín Benjamín Martín Cristóbal
    Maximiliano Bastián Fabián Hernán Arturo Óscar Rubén Víctor Cristián Ignacia Florencia Antonella
    Macarena Paulina Verónica Mónica Inés Amparo Yolanda Leticia Rocío
    Nurul Siti Anis Aisyah Nur Azlan Hafiz Hafizah Amirul Syahmi Fahmi Aiman Izzat Haziq Syafiq Syazwan
    Nabilah Aminah Zulkifli Yusof Fadzil
    Wilfred Erick Christy Evie Sienna Moses Samson Godfrey Boniface Cyprian Wycliffe Geoffrey
    Marlene Coretta Lazarus Rahm Shiva Shankar Madhav Geeta Pushpa Bishnu Gyanendra Baburam Murad Pervez
    Shehbaz Ranil Mahinda Sajith Anura Chaminda Nuwan Kasun Tharindu Chiamaka Dapo Gbenga Bukola Tendai Tafadzwa
    Rutendo Kudzai Tinashe Jomo Uhuru Yoweri Samia Jakaya
    Kathy Sandy Shelley Jen Vikki Rona Morris Devin Davin Jarrett Dajuan Anthea Leilani
    Dermot Paschal Aksel Armand Henryka Michèle Álvaro Recep Binali Emmerson Mathew Zohran Daanish Syed
    Mohd Bikram Netra Rajen Meghana Shoma Kwasi Auwal Tijani Shehu Feziwe Siviwe Thembinkosi Nkululeko
    Ntokozo Vuyani Raymi
    """.split()
)


def mostly_given_names(names: Iterable[str]) -> bool:
    """Whether half the names or more open with a common given name: a list
    of people does, a list of places, brands or schools has few or none."""
    firsts = [name.split()[0] for name in names]
    return sum(1 for first in firsts if first in GIVEN_NAMES) * 2 >= len(firsts)
